package cn.zhicheng.application;

import java.util.List;

import jakarta.ejb.Local;

/**
 * The staff's work lists (unit, office, expert, bureau, platform): the applications the caller may see, filtered,
 * sorted and paged in the database, with the per-stage counts of the stage bar.
 */
@Local
public interface WorkListService {

    /**
     * One page of the caller's applications plus the counts per state, in two queries (the rows; one grouped
     * count, whose sum over the filter's states is the page's total).
     *
     * @param pageSize at most 100
     */
    WorkList list(WorkListFilter filter, WorkListSort sort, int first, int pageSize);

    /**
     * The export's keyset pages (admin stream): up to {@code max} (at most 1000) rows of the same filter and scope
     * above the id {@code afterId} (null: from the first), ascending by id.
     */
    List<ApplicationSummary> exportPage(WorkListFilter filter, Long afterId, int max);
}
