package cn.zhicheng.batch.personnel;

import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import cn.zhicheng.application.ImportProgress;
import cn.zhicheng.application.PersonnelImportService;
import cn.zhicheng.application.PersonnelImportSteps;
import cn.zhicheng.application.PersonnelService;
import cn.zhicheng.batch.deadline.SystemIdentity;
import cn.zhicheng.domain.model.party.ImportStatus;
import cn.zhicheng.domain.model.party.Role;

/**
 * Starts and restarts the {@code personnel-import} job. The upload is checked and staged by
 * {@link PersonnelService#stage} as the caller (the caller's grants and unit decide); the job then runs as the
 * platform's SYSTEM identity (like the deadline cut-off, batch-jberet's security domain is the application's), on
 * the unit the staged import names, so that no later change of the caller's session matters to it.
 */
@Stateless
@RolesAllowed({Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME})
public class PersonnelImporter implements PersonnelImportService {

    private static final Set<BatchStatus> DEAD = Set.of(BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

    @EJB
    PersonnelService personnel;

    @EJB
    PersonnelImportSteps steps;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the staged import must be committed before the job reads it
    public ImportProgress start(String fileName, InputStream content, Options options) {
        long importId = personnel.stage(fileName, content);
        Properties parameters = new Properties();
        parameters.setProperty(ImportJob.IMPORT, Long.toString(importId));
        parameters.setProperty(ImportJob.ITEM_COUNT, Integer.toString(options.itemCount()));
        if (options.failAfterItems() != null) {
            parameters.setProperty(ImportJob.FAIL_AFTER, options.failAfterItems().toString());
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        SystemIdentity.call(() -> {
            try {
                return operator.start(ImportJob.NAME, parameters);
            } catch (RuntimeException e) {
                // not started: the import must not block the unit's next one
                steps.finished(importId, false);
                throw e;
            }
        });
        return personnel.importProgress(importId);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportProgress restart(long importId) {
        ImportProgress current = progress(importId).requireRestartable();
        JobOperator operator = BatchRuntime.getJobOperator();
        SystemIdentity.call(() -> {
            // shown as running at once; the new execution records itself when it begins
            steps.running(importId, current.executionId());
            Properties parameters = operator.getParameters(current.executionId());
            parameters.remove(ImportJob.FAIL_AFTER);
            try {
                return operator.restart(current.executionId(), parameters);
            } catch (RuntimeException e) {
                steps.finished(importId, false);
                throw e;
            }
        });
        return personnel.importProgress(importId);
    }

    @Override
    public ImportProgress progress(long importId) {
        return reconciled(personnel.importProgress(importId));
    }

    @Override
    public Optional<ImportProgress> latest() {
        return personnel.latestImport().map(this::reconciled);
    }

    /** An import still marked running whose execution died (a server stopped under it) is restartable. */
    private ImportProgress reconciled(ImportProgress progress) {
        if (!progress.running() || progress.executionId() == null) {
            return progress;
        }
        try {
            BatchStatus status = BatchRuntime.getJobOperator().getJobExecution(progress.executionId()).getBatchStatus();
            return DEAD.contains(status) ? progress.withStatus(ImportStatus.FAILED) : progress;
        } catch (NoSuchJobExecutionException e) {
            return progress;
        }
    }
}
