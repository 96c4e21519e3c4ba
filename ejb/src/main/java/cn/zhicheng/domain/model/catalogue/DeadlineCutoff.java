package cn.zhicheng.domain.model.catalogue;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A deadline the cut-off job has dealt with (逾期关闭已执行): one row per deadline value, so a moved deadline is due
 * again. {@code committeeId} null stands for the drafts without a specialty, cut off at the review year's office
 * deadline. Append-only.
 */
@Entity
@Table(name = "deadline_cutoff")
public class DeadlineCutoff {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @Column(name = "review_year_id", nullable = false, updatable = false)
    private Long reviewYearId;

    @Column(name = "committee_id", updatable = false)
    private Long committeeId;

    @Column(nullable = false, updatable = false)
    private LocalDateTime deadline;

    @Column(name = "closed_count", nullable = false, updatable = false)
    private int closedCount;

    @Column(name = "skipped_count", nullable = false, updatable = false)
    private int skippedCount;

    @Column(name = "job_execution_id", nullable = false, updatable = false)
    private long jobExecutionId;

    /** The admin who started it by hand, or {@code timer}. */
    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    /** The identity the job ran as (SYSTEM). */
    @Column(name = "done_by", nullable = false, updatable = false)
    private String doneBy;

    @Column(name = "done_at", nullable = false, updatable = false)
    private LocalDateTime doneAt;

    protected DeadlineCutoff() {
    }

    public DeadlineCutoff(Long reviewYearId, Long committeeId, LocalDateTime deadline, int closedCount,
                          int skippedCount, long jobExecutionId, String requestedBy, String doneBy,
                          LocalDateTime doneAt) {
        this.reviewYearId = reviewYearId;
        this.committeeId = committeeId;
        this.deadline = deadline;
        this.closedCount = closedCount;
        this.skippedCount = skippedCount;
        this.jobExecutionId = jobExecutionId;
        this.requestedBy = requestedBy;
        this.doneBy = doneBy;
        this.doneAt = doneAt;
    }

    public Long getReviewYearId() {
        return reviewYearId;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public LocalDateTime getDoneAt() {
        return doneAt;
    }
}
