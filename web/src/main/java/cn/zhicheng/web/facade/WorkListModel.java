package cn.zhicheng.web.facade;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import cn.zhicheng.application.WorkList;
import cn.zhicheng.application.WorkListFilter;
import cn.zhicheng.application.WorkListService;
import cn.zhicheng.application.WorkListSort;
import cn.zhicheng.domain.model.application.ApplicationState;

/**
 * A staff work list (unit, office, bureau) for a lazy {@code p:dataTable}: every page, sort and count comes from
 * {@link WorkListService#list} in the database; the stage bar reads {@link #stageCount(ApplicationState)} of the last
 * answer. The filter is set by the screen; the table's column sort is mapped to {@link WorkListSort.Column}.
 * Holds only the filter, the sort and the last page (Serializable), and the service's (serializable) proxy.
 */
public class WorkListModel extends LazyDataModel<WorkListRow> {

    private static final long serialVersionUID = 1L;

    /** The table's sortable properties ({@link WorkListRow}) and the service's columns. */
    private static final Map<String, WorkListSort.Column> COLUMNS = Map.of(
            "serialNo", WorkListSort.Column.SERIAL_NO,
            "applicantName", WorkListSort.Column.APPLICANT_NAME,
            "state", WorkListSort.Column.STAGE,
            "handlingDept", WorkListSort.Column.HANDLING_DEPT,
            "createdAt", WorkListSort.Column.CREATED_AT);

    private final WorkListService service;
    private WorkListFilter filter = WorkListFilter.none();
    private WorkListSort defaultSort = WorkListSort.NEWEST_SUBMITTED;
    private WorkListSort sort = defaultSort;
    private Map<ApplicationState, Long> counts = new EnumMap<>(ApplicationState.class);

    public WorkListModel(WorkListService service) {
        this.service = service;
    }

    public WorkListFilter getFilter() {
        return filter;
    }

    public void setFilter(WorkListFilter filter) {
        this.filter = filter == null ? WorkListFilter.none() : filter;
    }

    /** The order while the user has not sorted by a column (the lists' default: newest submissions first). */
    public void setDefaultSort(WorkListSort defaultSort) {
        this.defaultSort = defaultSort;
        this.sort = defaultSort;
    }

    /** The stage bar: applications at the state matching the filter but its states (as of the last load). */
    public long stageCount(ApplicationState state) {
        return counts.getOrDefault(state, 0L);
    }

    /** 办理数量: all of the stage bar's counts. */
    public long getTotal() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Asks the service once for the counts (e.g. before the table has loaded). */
    public void refreshCounts() {
        remember(service.list(filter, sort, 0, 1));
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) remember(service.list(filter, sort, 0, 1)).page().total();
    }

    @Override
    public List<WorkListRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        sort = sortOf(sortBy);
        WorkList list = remember(service.list(filter, sort, first, Math.min(pageSize, 100)));
        setRowCount((int) list.page().total());
        return list.page().rows().stream().map(WorkListRow::new).toList();
    }

    @Override
    public String getRowKey(WorkListRow row) {
        return String.valueOf(row.getId());
    }

    @Override
    public WorkListRow getRowData(String rowKey) {
        List<WorkListRow> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> String.valueOf(r.getId()).equals(rowKey))
                .findFirst().orElse(null);
    }

    private WorkList remember(WorkList list) {
        counts = new EnumMap<>(ApplicationState.class);
        counts.putAll(list.countsByState());
        return list;
    }

    private WorkListSort sortOf(Map<String, SortMeta> sortBy) {
        if (sortBy != null) {
            for (SortMeta meta : sortBy.values()) {
                WorkListSort.Column column = COLUMNS.get(meta.getField());
                if (column != null && meta.getOrder() != SortOrder.UNSORTED) {
                    return new WorkListSort(column, meta.getOrder() == SortOrder.ASCENDING);
                }
            }
        }
        return defaultSort;
    }
}
