package cn.zhicheng.batch.deadline;

import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import cn.zhicheng.application.CutoffDeadline;
import cn.zhicheng.application.CutoffRun;
import cn.zhicheng.application.DeadlineCutoffService;
import cn.zhicheng.application.DeadlineMoved;
import cn.zhicheng.application.DeadlineService;
import cn.zhicheng.application.ScheduledCutoff;
import cn.zhicheng.domain.model.party.Role;

/**
 * Schedules the deadline cut-off: one persistent timer per deadline that is not done (per committee and review
 * year, plus per year the drafts without a specialty), kept in the database by the ejb3 timer service, so it
 * survives restarts and fires on one node of a cluster. At start-up (and after a deadline moves) the timers are
 * brought in line with the deadlines: one per undone deadline, at that deadline; a deadline passed while the
 * server was down fires at once. Each timer starts one job execution as the platform's SYSTEM identity.
 */
@Singleton
@Startup
@LocalBean
@RunAs(Role.SYSTEM_NAME)
@RolesAllowed(Role.SYS_ADMIN_NAME)
public class DeadlineCutoffScheduler implements DeadlineCutoffService {

    private static final Logger LOG = Logger.getLogger(DeadlineCutoffScheduler.class.getName());

    /** Info of the start-up timer: lifecycle callbacks have no run-as identity, timeouts do. */
    private static final String SYNC = "sync-deadline-timers";

    private static final String TIMER = "timer";

    @Resource
    TimerService timerService;

    @Resource
    SessionContext session;

    @EJB
    DeadlineService deadlines;

    @PostConstruct
    void scheduleSync() {
        // not persistent: every node brings the shared persistent timers in line once at its start
        timerService.createSingleActionTimer(0, new TimerConfig(SYNC, false));
    }

    /** Container callback only (not a business method of any view). */
    @Timeout
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void timeout(Timer timer) {
        if (timer.getInfo() instanceof CutoffTimer due) {
            try {
                long execution = startAsSystem(due.committeeId(), due.year(), Options.DEFAULT, TIMER);
                LOG.info(() -> "deadline cut-off started by its timer: " + due + ", execution " + execution);
            } catch (RuntimeException e) {
                // the deadline stays undone: the next start-up starts it again, or an admin starts it by hand
                LOG.log(Level.SEVERE, "deadline cut-off could not start for " + due, e);
            }
        } else if (SYNC.equals(timer.getInfo())) {
            deadlines.cutoffDeadlines().forEach(deadline -> schedule(deadline, true));
        }
    }

    /**
     * After a deadline moved (and its transaction committed): its timer moves with it. A deadline moved to a moment
     * already past gets no timer: the admin who moved it starts the cut-off by hand when ready (or the next start-up
     * catches up).
     */
    @RolesAllowed({Role.SYS_ADMIN_NAME, Role.SYSTEM_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) // the mover's transaction has completed
    public void deadlineMoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeadlineMoved moved) {
        schedule(deadlines.cutoffDeadline(moved.committeeId(), moved.year()), false);
    }

    /**
     * Keeps exactly one timer for an undone deadline, at that deadline, and none for a done one; a passed undone
     * deadline fires at once only when catching up at start-up.
     */
    private void schedule(CutoffDeadline deadline, boolean catchUp) {
        boolean wanted = !deadline.done() && (catchUp || !deadline.passed());
        boolean kept = false;
        for (Timer timer : timerService.getTimers()) {
            if (timer.getInfo() instanceof CutoffTimer t && t.sameCutoff(deadline.committeeId(), deadline.year())) {
                if (!kept && wanted && t.deadline().equals(deadline.deadline())) {
                    kept = true;
                } else {
                    timer.cancel();
                }
            }
        }
        if (!kept && wanted) {
            // the timer service runs on the real clock; the platform clock may be offset (demo, tests)
            long delay = Math.max(0L, deadline.remaining().toMillis());
            timerService.createSingleActionTimer(delay, new TimerConfig(
                    new CutoffTimer(deadline.committeeId(), deadline.year(), deadline.deadline()), true));
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(Long committeeId, int year, Options options) {
        return startAsSystem(committeeId, year, options, principalName());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long restart(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = parametersOf(operator, executionId);
        parameters.remove(CutoffJob.FAIL_AFTER);
        parameters.setProperty(CutoffJob.REQUESTED_BY, principalName());
        return SystemIdentity.call(() -> operator.restart(executionId, parameters));
    }

    @Override
    @Lock(LockType.READ)
    public CutoffRun run(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = parametersOf(operator, executionId);
        JobExecution execution = operator.getJobExecution(executionId);
        return new CutoffRun(executionId, CutoffJob.committee(parameters.getProperty(CutoffJob.COMMITTEE)),
                Integer.parseInt(parameters.getProperty(CutoffJob.YEAR)), execution.getBatchStatus().name(),
                execution.getExitStatus());
    }

    @Override
    @Lock(LockType.READ)
    public List<ScheduledCutoff> scheduled() {
        return timerService.getTimers().stream()
                .filter(t -> t.getInfo() instanceof CutoffTimer)
                .map(t -> {
                    CutoffTimer info = (CutoffTimer) t.getInfo();
                    return new ScheduledCutoff(info.committeeId(), info.year(), info.deadline(),
                            t.getNextTimeout().toInstant());
                })
                .sorted(Comparator.comparingInt(ScheduledCutoff::year)
                        .thenComparing(ScheduledCutoff::committeeId, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private long startAsSystem(Long committeeId, int year, Options options, String requestedBy) {
        Properties parameters = new Properties();
        if (committeeId != null) {
            parameters.setProperty(CutoffJob.COMMITTEE, committeeId.toString());
        }
        parameters.setProperty(CutoffJob.YEAR, Integer.toString(year));
        parameters.setProperty(CutoffJob.ITEM_COUNT, Integer.toString(options.itemCount()));
        parameters.setProperty(CutoffJob.REQUESTED_BY, requestedBy);
        if (options.failAfterItems() != null) {
            parameters.setProperty(CutoffJob.FAIL_AFTER, options.failAfterItems().toString());
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        return SystemIdentity.call(() -> operator.start(CutoffJob.NAME, parameters));
    }

    /** Parameters of an execution of this job; any other job's execution is answered as not found. */
    private static Properties parametersOf(JobOperator operator, long executionId) {
        JobExecution execution = operator.getJobExecution(executionId);
        if (!CutoffJob.NAME.equals(execution.getJobName())) {
            throw new NoSuchJobExecutionException("不是逾期关闭任务的执行: " + executionId);
        }
        Properties parameters = operator.getParameters(executionId);
        return parameters == null ? new Properties() : parameters;
    }

    private String principalName() {
        return session.getCallerPrincipal().getName();
    }
}
