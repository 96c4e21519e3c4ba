package cn.zhicheng.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A persistent timer waiting for a deadline (committeeId null: drafts without a specialty).
 *
 * @param firesAt when the timer service fires it, on the server's real clock
 */
public record ScheduledCutoff(Long committeeId, int year, LocalDateTime deadline, Instant firesAt)
        implements Serializable {
}
