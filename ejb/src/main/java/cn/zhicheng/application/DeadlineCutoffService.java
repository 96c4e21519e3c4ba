package cn.zhicheng.application;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.Local;

/**
 * The deadline cut-off job (batch module, job {@code deadline-cutoff}): one execution per committee and review
 * year, started by a persistent timer at each deadline or by hand. The job always runs as the platform's own
 * identity ({@code Role.SYSTEM}), whoever started it. SYS_ADMIN only.
 */
@Local
public interface DeadlineCutoffService {

    /**
     * Starts the cut-off for one committee (null: the drafts without a specialty) and year; returns the execution
     * id. Before the deadline the execution closes nothing and ends with exit status {@code NOT_DUE}.
     */
    long start(Long committeeId, int year, Options options);

    /** Restarts a FAILED or STOPPED execution from its last checkpoint, without any fault switch; new execution id. */
    long restart(long executionId);

    /** The state of one execution of the cut-off job. */
    CutoffRun run(long executionId);

    /** The timers waiting for deadlines, ordered by year and committee (drafts without a specialty first). */
    List<ScheduledCutoff> scheduled();

    /**
     * How the job runs.
     *
     * @param itemCount      applications per chunk (one transaction and checkpoint each)
     * @param failAfterItems fault injection for restart tests: the execution fails instead of writing the chunk
     *                       that would take it past this many applications; null in production
     */
    record Options(int itemCount, Integer failAfterItems) implements Serializable {
        public static final Options DEFAULT = new Options(100, null);
    }
}
