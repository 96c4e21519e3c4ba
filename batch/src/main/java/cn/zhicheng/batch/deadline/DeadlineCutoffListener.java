package cn.zhicheng.batch.deadline;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.CloseCount;
import cn.zhicheng.application.CutoffDeadline;
import cn.zhicheng.application.DeadlineService;

/**
 * After the step ran to its end: marks the deadline done with the counts and sets the exit status
 * ({@code CLOSED=n,SKIPPED=m}, or {@code NOT_DUE} when started before the deadline, which marks nothing).
 */
@Named
public class DeadlineCutoffListener extends AbstractStepListener {

    @Inject
    @BatchProperty
    String committeeId;

    @Inject
    @BatchProperty
    String year;

    @Inject
    @BatchProperty
    String requestedBy;

    @Inject
    StepContext step;

    @Inject
    JobContext job;

    @EJB
    DeadlineService deadlines;

    @Override
    public void afterStep() {
        BatchStatus status = step.getBatchStatus();
        if (step.getException() != null || status == BatchStatus.FAILED || status == BatchStatus.STOPPING
                || status == BatchStatus.STOPPED) {
            return; // JBeret calls this after a failure too: such a run is not done, its restart finishes it
        }
        CutoffDeadline deadline = ((CutoffJob.Deadline) step.getTransientUserData()).deadline();
        if (!deadline.passed()) {
            exit(CutoffJob.NOT_DUE);
            return;
        }
        CloseCount count = step.getPersistentUserData() instanceof CutoffJob.Progress p ? p.count() : CloseCount.NONE;
        deadlines.markDone(CutoffJob.committee(committeeId), Integer.parseInt(year), deadline.deadline(), count,
                job.getExecutionId(), requestedBy);
        exit(CutoffJob.exitStatus(count));
    }

    private void exit(String status) {
        step.setExitStatus(status);
        job.setExitStatus(status);
    }
}
