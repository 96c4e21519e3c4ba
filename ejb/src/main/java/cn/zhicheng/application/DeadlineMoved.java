package cn.zhicheng.application;

/** CDI event: a committee's deadline for a review year was set or moved (observers reschedule the cut-off). */
public record DeadlineMoved(long committeeId, int year) {
}
