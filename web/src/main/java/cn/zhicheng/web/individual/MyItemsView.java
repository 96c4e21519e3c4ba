package cn.zhicheng.web.individual;

import cn.zhicheng.application.export.ApplicationColumns;
import cn.zhicheng.web.common.Exports;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import cn.zhicheng.application.ApplicantService;
import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.application.decision.Opinion;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState.Tab;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 我的事项 (manual 3.2): the caller's applications by tab (全部 / 待办中 / 办理中 / 办结 / 草稿箱, with counts), paged in the
 * database, and the row actions 撤回, 查看, 进度, 终止申报 as the service offers them.
 */
@Named
@ViewScoped
public class MyItemsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ApplicantService applicants;

    @EJB
    WorkflowService workflow;

    @Inject
    LocaleView localeView;

    private Tab tab = Tab.ALL;
    private Map<Tab, Long> counts = new EnumMap<>(Tab.class);
    private final Model model = new Model();

    /** The view parameter {@code tab}; an unknown value shows 全部. */
    public String getTabName() {
        return tab.name();
    }

    public void setTabName(String name) {
        try {
            tab = name == null || name.isBlank() ? Tab.ALL : Tab.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            tab = Tab.ALL;
        }
    }

    /** View action: the tab counts (one grouped query). */
    public void load() {
        refreshCounts();
    }

    public Tab getTab() {
        return tab;
    }

    public List<Tab> getTabs() {
        return List.of(Tab.values());
    }

    public long count(Tab t) {
        return counts.getOrDefault(t, 0L);
    }

    public LazyDataModel<MyItemRow> getModel() {
        return model;
    }

    /** 导出Excel: the chosen tab's applications, every page, the list's columns. */
    public StreamedContent getExport() {
        Tab shown = tab;
        return Exports.xlsx(localeView.bundle().getString("items.title"), ApplicationColumns.MY_ITEMS,
                Exports.pages((after, max) -> applicants.myApplicationsAfter(shown, after, max), ApplicationSummary::id));
    }

    /** 撤回: back to 草稿 while the unit has not acted. */
    public void withdraw(long applicationId, long version) {
        decide(applicationId, version, Action.WITHDRAW, "items.withdrawn");
    }

    /** 终止申报: after a return, the applicant ends the application. */
    public void terminate(long applicationId, long version) {
        decide(applicationId, version, Action.TERMINATE, "items.terminated");
    }

    private void decide(long applicationId, long version, Action action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ApplicationSummary done = workflow.decide(applicationId, version, new Opinion(action, null));
            faces.addMessage("items-messages", new FacesMessage(FacesMessage.SEVERITY_INFO,
                    java.text.MessageFormat.format(localeView.bundle().getString(doneKey), done.serialNo()), null));
        } catch (BusinessException refused) {
            faces.addMessage("items-messages", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    refused.message(localeView.getLocale()), null));
        }
        refreshCounts();
    }

    private void refreshCounts() {
        counts = new EnumMap<>(applicants.myApplicationCounts());
    }

    /** One tab of the caller's applications, a page at a time, counted by the grouped tab count. */
    private class Model extends LazyDataModel<MyItemRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            refreshCounts();
            return (int) MyItemsView.this.count(tab);
        }

        @Override
        public List<MyItemRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
            return applicants.myApplications(tab, first, pageSize).rows().stream()
                    .map(s -> new MyItemRow(s, actionsOf(s))).toList();
        }

        private EnumSet<Action> actionsOf(ApplicationSummary s) {
            List<Action> offered = workflow.availableActions(s.id());
            return offered.isEmpty() ? EnumSet.noneOf(Action.class) : EnumSet.copyOf(offered);
        }

        @Override
        public String getRowKey(MyItemRow row) {
            return String.valueOf(row.summary().id());
        }
    }
}
