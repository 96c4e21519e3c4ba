package cn.zhicheng.batch.personnel;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.PersonnelImportSteps;

/**
 * Keeps the import's state in step with its executions: which execution works on it, and at the end whether it
 * completed (the staged file is dropped) or not (restartable). JBeret calls {@code afterJob} after a failure too.
 */
@Named
public class PersonnelImportListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    JobContext job;

    @EJB
    PersonnelImportSteps steps;

    @Override
    public void beforeJob() {
        steps.running(Long.parseLong(importId), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        boolean ended = status != BatchStatus.FAILED && status != BatchStatus.STOPPING && status != BatchStatus.STOPPED
                && status != BatchStatus.ABANDONED;
        steps.finished(Long.parseLong(importId), ended);
    }
}
