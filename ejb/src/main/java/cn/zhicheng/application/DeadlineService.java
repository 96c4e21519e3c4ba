package cn.zhicheng.application;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.ejb.Local;

/**
 * The committees' deadlines (manual 1.1.1): after a committee's deadline, its applications of that review year
 * that have not reached the office are closed (逾期未提交). Idempotent.
 */
@Local
public interface DeadlineService {

    /** Sets a committee's own deadline for a review year (SYS_ADMIN). */
    void moveDeadline(long committeeId, int year, LocalDateTime deadline);

    /** Closes what is overdue for one committee and year; returns how many applications were closed. */
    int closeOverdue(long committeeId, int year);

    /** Closes what is overdue for every committee whose deadline has passed; returns the number closed. */
    int closeAllOverdue();

    // ---- the steps of the deadline-cutoff batch job (SYS_ADMIN and the platform's SYSTEM identity)

    /**
     * Every deadline of every review year: per committee its effective deadline, and per year the office
     * deadline for drafts without a specialty ({@code committeeId} null); each says whether it is done.
     */
    List<CutoffDeadline> cutoffDeadlines();

    /** One of {@link #cutoffDeadlines()}: a committee's (null: drafts without a specialty) deadline in a year. */
    CutoffDeadline cutoffDeadline(Long committeeId, int year);

    /**
     * Up to {@code max} ids above {@code afterId}, ascending, of the applications the cut-off closes: for a
     * committee its DRAFT, UNIT_REVIEW, UNIT_PRE_PUBLICITY and unit-returned RETURNED applications of the year; for
     * {@code committeeId} null the year's drafts without a specialty. Empty before the deadline.
     */
    List<Long> overdueIds(Long committeeId, int year, long afterId, int max);

    /** How many applications {@link #overdueIds} would hand out in all (0 before the deadline). */
    long overdueCount(Long committeeId, int year);

    /**
     * Closes these applications (CLOSE_BY_DEADLINE, one history entry each) in the caller's transaction; an id no
     * longer overdue for that committee and year (changed since it was selected) is skipped, not an error.
     */
    CloseCount close(List<Long> ids, Long committeeId, int year);

    /**
     * Records that the cut-off for this deadline value ran; returns false (and records nothing) when it was
     * already recorded, so a rerun leaves the first record.
     */
    boolean markDone(Long committeeId, int year, LocalDateTime deadline, CloseCount total, long executionId,
                     String requestedBy);
}
