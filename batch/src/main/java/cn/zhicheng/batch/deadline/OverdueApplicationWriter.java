package cn.zhicheng.batch.deadline;

import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.CloseCount;
import cn.zhicheng.application.DeadlineService;

/**
 * Closes one chunk of overdue applications through {@link DeadlineService#close}, inside the chunk's transaction,
 * and adds what it closed and skipped to the step's persistent counts.
 */
@Named
public class OverdueApplicationWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String committeeId;

    @Inject
    @BatchProperty
    String year;

    /** Fault injection for the restart tests; absent in production. */
    @Inject
    @BatchProperty
    String failAfterItems;

    @Inject
    StepContext step;

    @EJB
    DeadlineService deadlines;

    /** Items written by this execution (not by the one before a restart): what the fault switch counts. */
    private int writtenHere;

    @Override
    public void writeItems(List<Object> items) {
        if (failAfterItems != null && !failAfterItems.isBlank()
                && writtenHere + items.size() > Integer.parseInt(failAfterItems)) {
            throw new IllegalStateException("failAfterItems=" + failAfterItems + " reached: failing as asked");
        }
        List<Long> ids = items.stream().map(Long.class::cast).toList();
        CloseCount count = deadlines.close(ids, CutoffJob.committee(committeeId), Integer.parseInt(year));
        writtenHere += items.size();
        CutoffJob.Progress progress = step.getPersistentUserData() instanceof CutoffJob.Progress p ? p
                : CutoffJob.Progress.NONE;
        step.setPersistentUserData(progress.plus(count));
    }
}
