package cn.zhicheng.batch.deadline;

import java.io.Serializable;

import cn.zhicheng.application.CloseCount;
import cn.zhicheng.application.CutoffDeadline;

/** Names and shared state of the {@code deadline-cutoff} job. */
final class CutoffJob {

    static final String NAME = "deadline-cutoff";
    static final String COMMITTEE = "committeeId";
    static final String YEAR = "year";
    static final String ITEM_COUNT = "itemCount";
    static final String REQUESTED_BY = "requestedBy";
    static final String FAIL_AFTER = "failAfterItems";
    static final String NOT_DUE = "NOT_DUE";

    private CutoffJob() {
    }

    /** The committee job parameter: absent or blank means the drafts without a specialty. */
    static Long committee(String parameter) {
        return parameter == null || parameter.isBlank() ? null : Long.valueOf(parameter);
    }

    static String exitStatus(CloseCount count) {
        return "CLOSED=" + count.closed() + ",SKIPPED=" + count.skipped();
    }

    /** The step's persistent user data: saved with each checkpoint, so a restart continues the counts. */
    record Progress(CloseCount count) implements Serializable {
        static final Progress NONE = new Progress(CloseCount.NONE);

        Progress plus(CloseCount more) {
            return new Progress(count.plus(more));
        }
    }

    /** The step's transient user data: the deadline the reader found when the step (re)started. */
    record Deadline(CutoffDeadline deadline) {
    }
}
