package cn.zhicheng.web.facade;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.primefaces.model.StreamedContent;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.WorkListFilter;
import cn.zhicheng.application.WorkListService;
import cn.zhicheng.application.export.ApplicationColumns;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.web.common.Exports;

/**
 * The state a staff work list screen keeps (the unit's 资格评审 pattern, for the office's and the bureau's lists):
 * the stage chosen on the stage bar and the typed search; the rows, counts and paging are the service's, through
 * {@link WorkListModel}.
 */
public class StagedWorkList implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<ApplicationState> stages;
    private final WorkListService service;
    private final WorkListModel model;
    private ApplicationState stage;
    private String serialPrefix;
    private String applicant;
    private LocalDate submittedFrom;
    private LocalDate submittedTo;

    public StagedWorkList(WorkListService service, List<ApplicationState> stages) {
        this.stages = List.copyOf(stages);
        this.service = service;
        this.model = new WorkListModel(service);
    }

    /** 导出Excel: what the list shows now (the searched filter and stage), every page, the work list's columns. */
    public StreamedContent export(String title) {
        WorkListFilter shown = model.getFilter();
        return Exports.xlsx(title, ApplicationColumns.WORK_LIST,
                Exports.pages((after, max) -> service.exportPage(shown, after, max), ApplicationSummary::id));
    }

    /** The stage named by a link ({@code ?stage=}), if it is one of this list's. */
    public void chooseStageNamed(String name) {
        for (ApplicationState s : stages) {
            if (s.name().equals(name)) {
                stage = s;
            }
        }
    }

    public void chooseStage(ApplicationState chosen) {
        stage = chosen;
        apply();
    }

    public void reset() {
        stage = null;
        serialPrefix = null;
        applicant = null;
        submittedFrom = null;
        submittedTo = null;
        apply();
    }

    public void apply() {
        Set<ApplicationState> states = stage == null ? Set.of() : EnumSet.of(stage);
        model.setFilter(new WorkListFilter(states, serialPrefix, applicant, null, submittedFrom, submittedTo));
        model.refreshCounts();
    }

    public List<ApplicationState> getStages() {
        return stages;
    }

    public boolean isChosen(ApplicationState state) {
        return stage == state;
    }

    public WorkListModel getModel() {
        return model;
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
