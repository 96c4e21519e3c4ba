package cn.zhicheng.batch.deadline;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import cn.zhicheng.application.BatchProgress;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.CutoffDeadline;
import cn.zhicheng.application.DeadlineService;

/**
 * Reads the ids of the overdue applications, a page at a time by key ({@code id > lastId ORDER BY id}); the
 * checkpoint is the last id handed out, so a restart resumes after the last committed chunk.
 */
@Named
public class OverdueApplicationReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String committeeId;

    @Inject
    @BatchProperty
    String year;

    @Inject
    @BatchProperty
    String pageSize;

    @Inject
    StepContext step;

    @Inject
    JobContext job;

    @EJB
    BatchProgress progress;

    @EJB
    DeadlineService deadlines;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
        CutoffDeadline deadline = deadlines.cutoffDeadline(CutoffJob.committee(committeeId), Integer.parseInt(year));
        step.setTransientUserData(new CutoffJob.Deadline(deadline));
        // before the deadline there is nothing to read (the service would answer empty pages anyway)
        exhausted = !deadline.passed();
        // the console's progress: what is left to close when the step (re)starts
        progress.expect(job.getExecutionId(), exhausted ? 0 : deadlines.overdueCount(deadline.committeeId(), deadline.year()));
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            int size = Integer.parseInt(pageSize);
            List<Long> ids = deadlines.overdueIds(CutoffJob.committee(committeeId), Integer.parseInt(year), lastId, size);
            page.addAll(ids);
            exhausted = ids.size() < size;
        }
        Long next = page.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
