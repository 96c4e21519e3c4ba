package cn.zhicheng.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Map;

/**
 * The batch console (SYS_ADMIN): every job the job repository knows, its executions with status, times, counts,
 * parameters and who started it, read from JBeret's tables in the application database (so every node shows the
 * same); start, stop, restart, abandon; the runs the timers will start. Generic over job names: a job that runs as
 * the platform ({@code deadline-cutoff}) is started through its own service so that it keeps that identity.
 */
@Local
public interface BatchConsoleService {

    /** The jobs that can be started (their job XML) and every job the repository has run, sorted. */
    List<String> jobNames();

    /** One page of the executions, newest first; {@code jobName} null: every job. */
    Page<JobExecutionView> executions(String jobName, int first, int pageSize);

    /** The export's keyset pages: executions of the job (null: all) above an id, ascending, at most 1000. */
    List<JobExecutionView> executionsAfter(String jobName, Long afterId, int max);

    /** One execution, or {@code BatchRefusedException(BATCH_EXECUTION_UNKNOWN)}. */
    JobExecutionView execution(long executionId);

    /** Starts a job with these parameters (the caller is recorded as {@code requestedBy}); the new execution's id. */
    long start(String jobName, Map<String, String> parameters);

    /** Asks a running execution to stop (it stops after its current chunk). */
    void stop(long executionId);

    /** Restarts the latest execution of a job instance when it is FAILED or STOPPED; the new execution's id. */
    long restart(long executionId);

    /** Marks a FAILED or STOPPED execution as never to be restarted. */
    void abandon(long executionId);

    /** The runs waiting for their time (the deadline cut-off's timers), soonest first. */
    List<ScheduledRun> scheduled();
}
