package cn.zhicheng.application;

import java.time.LocalDateTime;

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
}
