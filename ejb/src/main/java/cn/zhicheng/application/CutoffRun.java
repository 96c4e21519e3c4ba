package cn.zhicheng.application;

import java.io.Serializable;

/**
 * One execution of the deadline cut-off job as the console shows it.
 *
 * @param batchStatus the Jakarta Batch status name (STARTING … COMPLETED, FAILED, STOPPED)
 * @param exitStatus  {@code CLOSED=<n>,SKIPPED=<m>} once done, {@code NOT_DUE} when run before the deadline
 */
public record CutoffRun(long executionId, Long committeeId, int year, String batchStatus, String exitStatus)
        implements Serializable {

    public boolean ended() {
        return switch (batchStatus) {
            case "COMPLETED", "FAILED", "STOPPED", "ABANDONED" -> true;
            default -> false;
        };
    }
}
