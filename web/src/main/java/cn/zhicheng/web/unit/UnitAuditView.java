package cn.zhicheng.web.unit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.FormService;
import cn.zhicheng.application.HistoryView;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.application.decision.DecisionRefusedException;
import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.application.decision.UnitApproval;
import cn.zhicheng.application.decision.UnitReturn;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 单位审核 (manual 4.4 step 3, SPEC §5): the application's header and history, the unit's opinion
 * ({@link UnitApproval}) and 报送去向: 单位评前公示 (提交) or 退回修改 with a reason the applicant reads
 * ({@link UnitReturn}). The service decides; its refusals are shown next to their fields and nothing typed is lost.
 */
@Named
@ViewScoped
public class UnitAuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    // the fields' client ids, for the service's refusals
    static final String CONTINUING_EDUCATION = "audit:continuing-education";
    static final String NEGATIVE = "audit:negative";
    static final String APPRAISALS = "audit:appraisals";
    static final String EVALUATION = "audit:evaluation";
    static final String RETURN_REASON = "audit:return-reason";

    @Inject
    WorkflowService workflow;

    @Inject
    FormService forms;

    @Inject
    LocaleView localeView;

    private Long id;
    private ApplicationSummary application;
    private List<HistoryView> history = List.of();
    private ApplicationFormView form;
    private List<Action> actions = List.of();

    private String continuingEducationOpinion;
    private String negativeOpinion;
    private final List<AppraisalRow> appraisals = new ArrayList<>();
    private String evaluation;
    private boolean examInsteadOfReview;
    private Action destination;
    private String returnReason;

    private AppraisalRow editing = new AppraisalRow();
    private int editingIndex = -1;

    /** Opens the application (view action): what the caller may not see is answered like a missing id. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            application = workflow.find(id);
            history = workflow.history(id);
            form = forms.form(id);
            actions = workflow.availableActions(id);
            if (destination == null) {
                destination = actions.contains(Action.UNIT_APPROVE) ? Action.UNIT_APPROVE
                        : actions.contains(Action.UNIT_RETURN) ? Action.UNIT_RETURN : null;
            }
        } catch (BusinessException e) {
            application = null;
            Refusals.show(null, e, localeView.getLocale());
        }
    }

    /** 提交: the chosen 报送去向 with what was typed; on success back to the list. */
    public String submit() {
        if (application == null || destination == null) {
            return null;
        }
        try {
            if (destination == Action.UNIT_RETURN) {
                workflow.decide(id, application.version(), new UnitReturn(returnReason));
                Refusals.info(localeView.bundle().getString("audit.returned"));
            } else {
                workflow.decide(id, application.version(), approval());
                Refusals.info(localeView.bundle().getString("audit.approved"));
            }
            return "/unit/review?faces-redirect=true";
        } catch (DecisionRefusedException e) {
            Refusals.show(fieldOf(e), e, localeView.getLocale());
        } catch (BusinessException e) {
            Refusals.show(null, e, localeView.getLocale());
        }
        return null;
    }

    private UnitApproval approval() {
        List<UnitApproval.Appraisal> rows = appraisals.stream()
                .map(r -> new UnitApproval.Appraisal(r.getYear() == null ? 0 : r.getYear(), r.getResult())).toList();
        return new UnitApproval(continuingEducationOpinion, negativeOpinion, rows, evaluation, examInsteadOfReview);
    }

    /** Where a guard's refusal belongs on this page (null: at the top). */
    private static String fieldOf(DecisionRefusedException e) {
        MessageKey key = e.reason();
        if (key == MessageKey.EVALUATION_TOO_SHORT) {
            return EVALUATION;
        }
        if (key == MessageKey.APPRAISAL_REQUIRED || key == MessageKey.APPRAISAL_YEAR_REPEATED) {
            return APPRAISALS;
        }
        if (key == MessageKey.OPINION_REQUIRED && e.arguments().length > 0) {
            // the guard names the field by its label (the argument)
            String label = String.valueOf(e.arguments()[0]);
            if (label.startsWith("所在单位")) {
                return CONTINUING_EDUCATION;
            }
            if (label.startsWith("单位对申报人负面")) {
                return NEGATIVE;
            }
            if (label.startsWith("退回")) {
                return RETURN_REASON;
            }
        }
        return null;
    }

    // 单位年度考核情况: 新增 / 编辑 / 删除 in a dialog, kept here until 提交

    public void newAppraisal() {
        editing = new AppraisalRow();
        editingIndex = -1;
    }

    public void editAppraisal(int index) {
        editing = appraisals.get(index).copy();
        editingIndex = index;
    }

    public void saveAppraisal() {
        if (editingIndex < 0) {
            appraisals.add(editing);
        } else {
            appraisals.set(editingIndex, editing);
        }
        editing = new AppraisalRow();
        editingIndex = -1;
    }

    public void deleteAppraisal(int index) {
        appraisals.remove(index);
    }

    public boolean isMayApprove() {
        return actions.contains(Action.UNIT_APPROVE);
    }

    public boolean isMayReturn() {
        return actions.contains(Action.UNIT_RETURN);
    }

    public boolean isReturning() {
        return destination == Action.UNIT_RETURN;
    }

    public String stageLabel(HistoryView h) {
        return h.toState() == null ? "" : localeView.bundle().getString("review.state." + h.toState().name());
    }

    public String actionLabel(Action action) {
        return localeView.bundle().getString("audit.action." + action.name());
    }

    public int getMinEvaluationLength() {
        return UnitApproval.MIN_EVALUATION_LENGTH;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ApplicationSummary getApplication() {
        return application;
    }

    /** The whole application, read-only beside the unit's fields. */
    public ApplicationFormView getForm() {
        return form;
    }

    public List<HistoryView> getHistory() {
        return history;
    }

    public String getContinuingEducationOpinion() {
        return continuingEducationOpinion;
    }

    public void setContinuingEducationOpinion(String continuingEducationOpinion) {
        this.continuingEducationOpinion = continuingEducationOpinion;
    }

    public String getNegativeOpinion() {
        return negativeOpinion;
    }

    public void setNegativeOpinion(String negativeOpinion) {
        this.negativeOpinion = negativeOpinion;
    }

    public List<AppraisalRow> getAppraisals() {
        return appraisals;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(String evaluation) {
        this.evaluation = evaluation;
    }

    public boolean isExamInsteadOfReview() {
        return examInsteadOfReview;
    }

    public void setExamInsteadOfReview(boolean examInsteadOfReview) {
        this.examInsteadOfReview = examInsteadOfReview;
    }

    public Action getDestination() {
        return destination;
    }

    public void setDestination(Action destination) {
        this.destination = destination;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public AppraisalRow getEditing() {
        return editing;
    }

    public boolean isEditingExisting() {
        return editingIndex >= 0;
    }
}
