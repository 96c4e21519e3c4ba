package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A run a timer will start: the job, what it is for (e.g. the committee whose deadline it cuts off), the deadline,
 * and when it fires (platform time zone, the timer service's real clock).
 */
public record ScheduledRun(String jobName, String subject, int year, LocalDateTime deadline, LocalDateTime firesAt)
        implements Serializable {
}
