package cn.zhicheng.web.unit;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.UnitItems;
import cn.zhicheng.application.UnitItemsFilter;
import cn.zhicheng.application.UnitService;
import cn.zhicheng.application.UnitTab;
import cn.zhicheng.application.export.ApplicationColumns;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.common.Exports;
import cn.zhicheng.web.facade.WorkListRow;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 单位事项 (manual 4.2): every application of the unit the caller may see, in the tabs 全部 / 待办中 / 办理中 / 办结 with
 * their counts, searched by 业务流水号, 事项名称 and 摘要信息, paged in the database.
 */
@Named
@ViewScoped
public class UnitItemsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UnitService units;

    @Inject
    LocaleView localeView;

    private final Model model = new Model();
    private Map<UnitTab, Long> counts = new EnumMap<>(UnitTab.class);
    private String refused;
    private UnitTab tab = UnitTab.ALL;
    private String serialPrefix;
    private String itemName;
    private String summary;

    @PostConstruct
    void init() {
        try {
            refreshCounts();
        } catch (BusinessException e) {
            refused = e.message(localeView.getLocale());
        }
    }

    public void chooseTab(UnitTab chosen) {
        tab = chosen;
        refreshCounts();
    }

    public void search() {
        refreshCounts();
    }

    public void reset() {
        serialPrefix = null;
        itemName = null;
        summary = null;
        tab = UnitTab.ALL;
        refreshCounts();
    }

    private void refreshCounts() {
        counts = new EnumMap<>(units.items(filter(), 0, 1).counts());
    }

    private UnitItemsFilter filter() {
        return new UnitItemsFilter(tab, serialPrefix, itemName, summary);
    }

    /** 导出Excel: the list as searched (tab and search), every page, 单位事项's columns (those of 我的事项). */
    public StreamedContent getExport() {
        UnitItemsFilter shown = filter();
        return Exports.xlsx(localeView.bundle().getString("unitItems.title"), ApplicationColumns.MY_ITEMS,
                Exports.pages((after, max) -> units.itemsAfter(shown, after, max), ApplicationSummary::id));
    }

    public UnitTab[] getTabs() {
        return UnitTab.values();
    }

    public long count(UnitTab t) {
        return counts.getOrDefault(t, 0L);
    }

    public LazyDataModel<WorkListRow> getModel() {
        return model;
    }

    public String getRefused() {
        return refused;
    }

    public UnitTab getTab() {
        return tab;
    }

    public String getSerialPrefix() {
        return serialPrefix;
    }

    public void setSerialPrefix(String serialPrefix) {
        this.serialPrefix = serialPrefix;
    }

    public String getItemName() {
        return itemName;
    }

    public void setItemName(String itemName) {
        this.itemName = itemName;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    private class Model extends LazyDataModel<WorkListRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) UnitItemsView.this.count(tab);
        }

        @Override
        public List<WorkListRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            UnitItems items = units.items(filter(), first, Math.min(pageSize, 100));
            counts = new EnumMap<>(items.counts());
            setRowCount((int) items.page().total());
            return items.page().rows().stream().map(WorkListRow::new).toList();
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
    }
}
