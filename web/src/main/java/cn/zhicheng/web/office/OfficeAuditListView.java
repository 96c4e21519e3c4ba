package cn.zhicheng.web.office;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.BulkOutcome;
import cn.zhicheng.application.OfficeAuditService;
import cn.zhicheng.application.WorkListService;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.facade.StagedWorkList;
import cn.zhicheng.web.facade.WorkListRow;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 评前审核 / 评后审核 (issue 8): the office's work list, its committee only (the service's scope), with the stage
 * bar, the search, paging in the database, and 批量通过 of the ticked rows with a result per row.
 */
@Named
@ViewScoped
public class OfficeAuditListView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The stages of the office's part of the workflow, in order. */
    static final List<ApplicationState> OFFICE_STAGES = List.of(ApplicationState.OFFICE_PRE_AUDIT,
            ApplicationState.RETURNED, ApplicationState.AWAITING_PAYMENT, ApplicationState.EXPERT_REVIEW,
            ApplicationState.UNIT_POST_PUBLICITY, ApplicationState.OFFICE_POST_AUDIT, ApplicationState.BUREAU_REVIEW);

    @Inject
    WorkListService workLists;

    @Inject
    OfficeAuditService audits;

    @Inject
    LocaleView localeView;

    private StagedWorkList list;
    private String stageName;
    private String refused;
    private List<WorkListRow> selected = new ArrayList<>();
    private String bulkOpinion;
    private List<BulkOutcome> outcomes = List.of();

    @PostConstruct
    void init() {
        list = new StagedWorkList(workLists, OFFICE_STAGES);
        try {
            list.apply();
        } catch (BusinessException e) {
            refused = e.message(localeView.getLocale());
        }
    }

    /** View action: the stage of the link ({@code ?stage=OFFICE_PRE_AUDIT}). */
    public void open() {
        if (refused == null && stageName != null) {
            list.chooseStageNamed(stageName);
            list.apply();
        }
    }

    public void search() {
        list.apply();
    }

    public void reset() {
        list.reset();
    }

    public void chooseStage(ApplicationState stage) {
        list.chooseStage(stage);
    }

    /** 批量通过: the ticked rows, each on its own; the results are shown row by row. */
    public void approveSelected() {
        try {
            outcomes = audits.approveAll(selected.stream().map(WorkListRow::getId).toList(), bulkOpinion);
        } catch (BusinessException refused) {
            String text = refused.message(localeView.getLocale());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
            FacesContext.getCurrentInstance().validationFailed();
            outcomes = List.of();
            return;
        }
        selected = new ArrayList<>();
        list.apply();
    }

    public String outcomeText(BulkOutcome o) {
        if (o.approved()) {
            return localeView.bundle().getString("oaudit.bulk.approved");
        }
        return o.refusal().message(localeView.getLocale());
    }

    public long getApprovedCount() {
        return outcomes.stream().filter(BulkOutcome::approved).count();
    }

    public String stageLabel(ApplicationState state) {
        return localeView.bundle().getString("review.state." + state.name());
    }

    public StagedWorkList getList() {
        return list;
    }

    public String getStageName() {
        return stageName;
    }

    public void setStageName(String stageName) {
        this.stageName = stageName;
    }

    public String getRefused() {
        return refused;
    }

    public List<WorkListRow> getSelected() {
        return selected;
    }

    public void setSelected(List<WorkListRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public String getBulkOpinion() {
        return bulkOpinion;
    }

    public void setBulkOpinion(String bulkOpinion) {
        this.bulkOpinion = bulkOpinion;
    }

    public List<BulkOutcome> getOutcomes() {
        return outcomes;
    }
}
