package cn.zhicheng.web.unit;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.export.ApplicationColumns;
import cn.zhicheng.web.common.Exports;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.CatalogueChoice;
import cn.zhicheng.application.CatalogueService;
import cn.zhicheng.application.WorkListFilter;
import cn.zhicheng.application.WorkListService;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.facade.WorkListModel;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 专技人才业务 → 资格评审 (manual 4.4, 5.2): the unit's work list with the stage bar (a count per stage, click to
 * filter), the search (业务流水号, 申请人, 申报系列, 申请时间) and the rows' actions per stage. Scope, counts, sort
 * and paging are the service's; this bean keeps only the search and the chosen stage.
 */
@Named
@ViewScoped
public class ReviewListView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The stages the unit acts on; the bar shows them after 办理数量 (manual 5.2). */
    private static final List<ApplicationState> UNIT_STAGES = List.of(ApplicationState.UNIT_REVIEW,
            ApplicationState.UNIT_PRE_PUBLICITY, ApplicationState.UNIT_POST_PUBLICITY);

    @Inject
    WorkListService workLists;

    @Inject
    CatalogueService catalogue;

    @Inject
    LocaleView localeView;

    private WorkListModel model;
    private List<CatalogueChoice> seriesChoices;

    private ApplicationState stage;
    private String serialPrefix;
    private String applicant;
    private Long seriesId;
    private LocalDate submittedFrom;
    private LocalDate submittedTo;

    /** The service's refusal when the caller may not use this list (a handler without 资格评审), shown instead. */
    private String refused;

    @PostConstruct
    void init() {
        model = new WorkListModel(workLists);
        seriesChoices = catalogue.series();
        try {
            apply();
        } catch (BusinessException e) {
            refused = e.message(localeView.getLocale());
        }
    }

    /** The stage chosen by the link that opened the page ({@code ?stage=UNIT_REVIEW}, e.g. from 首页). */
    public void setStageName(String name) {
        for (ApplicationState s : UNIT_STAGES) {
            if (s.name().equals(name)) {
                stage = s;
            }
        }
    }

    public String getStageName() {
        return stage == null ? null : stage.name();
    }

    /** View action: applies the stage of the link. */
    public void open() {
        if (refused == null && stage != null) {
            apply();
        }
    }

    public String getRefused() {
        return refused;
    }

    /** 查询: the typed search, within the chosen stage. */
    public void search() {
        apply();
    }

    /** 重置: everything the caller may see. */
    public void reset() {
        stage = null;
        serialPrefix = null;
        applicant = null;
        seriesId = null;
        submittedFrom = null;
        submittedTo = null;
        apply();
    }

    /** A click on the stage bar (null: 办理数量, every stage). */
    public void chooseStage(ApplicationState chosen) {
        stage = chosen;
        apply();
    }

    private void apply() {
        Set<ApplicationState> states = stage == null ? Set.of() : EnumSet.of(stage);
        model.setFilter(new WorkListFilter(states, serialPrefix, applicant, seriesId, submittedFrom, submittedTo));
        model.refreshCounts();
    }

    /** 导出Excel: what the list shows now (the searched filter and stage), every page, the list's columns. */
    public StreamedContent getExport() {
        WorkListFilter shown = model.getFilter();
        return Exports.xlsx(localeView.bundle().getString("review.title"), ApplicationColumns.WORK_LIST,
                Exports.pages((after, max) -> workLists.exportPage(shown, after, max), ApplicationSummary::id));
    }

    public List<ApplicationState> getStages() {
        return UNIT_STAGES;
    }

    public String stageLabel(ApplicationState state) {
        return localeView.bundle().getString("review.state." + state.name());
    }

    public boolean isChosen(ApplicationState state) {
        return stage == state;
    }

    public WorkListModel getModel() {
        return model;
    }

    public List<CatalogueChoice> getSeriesChoices() {
        return seriesChoices;
    }

    public ApplicationState getStage() {
        return stage;
    }

    public String getSerialPrefix() {
        return serialPrefix;
    }

    public void setSerialPrefix(String serialPrefix) {
        this.serialPrefix = serialPrefix;
    }

    public String getApplicant() {
        return applicant;
    }

    public void setApplicant(String applicant) {
        this.applicant = applicant;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(Long seriesId) {
        this.seriesId = seriesId;
    }

    public LocalDate getSubmittedFrom() {
        return submittedFrom;
    }

    public void setSubmittedFrom(LocalDate submittedFrom) {
        this.submittedFrom = submittedFrom;
    }

    public LocalDate getSubmittedTo() {
        return submittedTo;
    }

    public void setSubmittedTo(LocalDate submittedTo) {
        this.submittedTo = submittedTo;
    }
}
