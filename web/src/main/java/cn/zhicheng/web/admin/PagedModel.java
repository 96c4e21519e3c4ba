package cn.zhicheng.web.admin;

import cn.zhicheng.application.Page;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy {@code p:dataTable} over one paged service query of the admin screens: count and rows come from the
 * service's {@link Page} (counted and cut in the database). Holds the last page only.
 */
public class PagedModel<R extends Serializable> extends LazyDataModel<R> {

    private static final long serialVersionUID = 1L;

    /** The service call of one page, e.g. {@code (first, size) -> accounts.list(filter, first, size)}. */
    @FunctionalInterface
    public interface Query<R> extends Serializable {
        Page<R> page(int first, int pageSize);
    }

    /** The row's key (its id). */
    @FunctionalInterface
    public interface Key<R> extends Serializable {
        Object of(R row);
    }

    private final Query<R> query;
    private final Key<R> key;

    public PagedModel(Query<R> query, Key<R> key) {
        this.query = query;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) query.page(0, 1).total();
    }

    @Override
    public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<R> page = query.page(first, Math.min(pageSize, 100));
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(R row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public R getRowData(String rowKey) {
        List<R> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> Objects.equals(getRowKey(r), rowKey)).findFirst()
                .orElse(null);
    }
}
