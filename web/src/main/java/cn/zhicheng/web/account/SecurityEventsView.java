package cn.zhicheng.web.account;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

import cn.zhicheng.application.Page;
import cn.zhicheng.application.account.SecurityEventFilter;
import cn.zhicheng.application.account.SecurityEventService;
import cn.zhicheng.application.account.SecurityEventView;
import cn.zhicheng.application.export.ExportColumn;
import cn.zhicheng.web.common.Exports;

/** 系统管理 › 安全事件: filters (user, kind, address, time range), paging in the database, export to .xlsx. */
@Named
@ViewScoped
public class SecurityEventsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient SecurityEventService events;

    private String username;
    private String type;
    private String address;
    private LocalDateTime from;
    private LocalDateTime to;
    private SecurityEventFilter filter = new SecurityEventFilter(null, null, null, null, null);
    private LazyDataModel<SecurityEventView> model;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) events.events(filter, 0, 1).total();
            }

            @Override
            public List<SecurityEventView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                Map<String, FilterMeta> filterBy) {
                Page<SecurityEventView> page = events.events(filter, first, pageSize);
                setRowCount((int) page.total());
                return page.rows();
            }

            @Override
            public String getRowKey(SecurityEventView row) {
                return String.valueOf(row.id());
            }

            @Override
            public SecurityEventView getRowData(String rowKey) {
                return null;
            }
        };
    }

    public void search() {
        filter = new SecurityEventFilter(username, type, address, from, to);
    }

    public StreamedContent getExport() {
        SecurityEventFilter shown = filter;
        List<ExportColumn<SecurityEventView>> columns = List.of(
                ExportColumn.of("时间", SecurityEventView::occurredAt, 20),
                ExportColumn.of("用户名", SecurityEventView::username, 18),
                ExportColumn.of("类型", SecurityEventView::type, 22),
                ExportColumn.of("地址", SecurityEventView::address, 16),
                ExportColumn.of("详情", SecurityEventView::detail, 60));
        return Exports.xlsx("安全事件", columns,
                Exports.pages((after, max) -> events.eventsAfter(shown, after, max), SecurityEventView::id));
    }

    public List<String> getTypes() {
        return events.types();
    }

    public LazyDataModel<SecurityEventView> getModel() {
        return model;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }
}
