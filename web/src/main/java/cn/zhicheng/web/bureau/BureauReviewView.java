package cn.zhicheng.web.bureau;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.BureauService;
import cn.zhicheng.application.BureauStepView;
import cn.zhicheng.application.DecisionView;
import cn.zhicheng.application.FormService;
import cn.zhicheng.application.HistoryView;
import cn.zhicheng.application.OfficeAuditService;
import cn.zhicheng.application.MaterialLine;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.application.decision.MeetingResult;
import cn.zhicheng.application.decision.Opinion;
import cn.zhicheng.application.decision.PublicityResult;
import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 人社审核 of one application (issue 8): the application read-only with its history, the expert meeting's result,
 * the publicity results and the office's audits; the steps 受理 → 审核 → 审批 each with an opinion, or 不通过. The
 * order of the steps is the service's.
 */
@Named
@ViewScoped
public class BureauReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String OPINION = "bureau-review:opinion";

    @Inject
    WorkflowService workflow;

    @Inject
    BureauService bureau;

    @Inject
    FormService forms;

    @Inject
    OfficeAuditService audits;

    @Inject
    LocaleView localeView;

    private Long id;
    private ApplicationSummary application;
    private ApplicationFormView form;
    private List<HistoryView> history = List.of();
    private List<MaterialLine> materials = List.of();
    private List<BureauStepView> steps = List.of();
    private List<MeetingResult> meetingResults = List.of();
    private List<PublicityResult> publicities = List.of();
    private List<DecisionView> officeOpinions = List.of();
    private BureauStepView.Step next;
    private String opinion;

    public void load() {
        if (id == null || application != null) {
            return;
        }
        try {
            read();
        } catch (BusinessException e) {
            application = null;
            show(null, e);
        }
    }

    private void read() {
        application = workflow.find(id);
        form = forms.form(id);
        history = workflow.history(id);
        materials = audits.materials(id);
        steps = bureau.steps(id);
        next = bureau.nextStep(id);
        List<DecisionView> decisions = workflow.decisions(id);
        meetingResults = decisions.stream().filter(d -> d.decision() instanceof MeetingResult)
                .map(d -> (MeetingResult) d.decision()).toList();
        publicities = decisions.stream().filter(d -> d.decision() instanceof PublicityResult)
                .map(d -> (PublicityResult) d.decision()).toList();
        officeOpinions = decisions.stream().filter(d -> d.decision() instanceof Opinion o
                && (o.action() == Action.OFFICE_PRE_APPROVE || o.action() == Action.OFFICE_POST_APPROVE)).toList();
    }

    /** 受理 / 审核 (recorded, the page stays) or 审批 (the stage's way out, back to the list). */
    public String takeStep() {
        if (application == null || next == null) {
            return null;
        }
        try {
            if (next == BureauStepView.Step.APPROVE) {
                bureau.approve(id, application.version(), opinion);
                return done("bureau.done.APPROVE", true);
            }
            bureau.record(id, application.version(), next, opinion);
            String key = "bureau.done." + next.name();
            opinion = null;
            read();
            return done(key, false);
        } catch (BusinessException e) {
            show(OPINION, e);
        }
        return null;
    }

    /** 不通过: with the reason typed in the opinion. */
    public String reject() {
        if (application == null) {
            return null;
        }
        try {
            bureau.reject(id, application.version(), opinion);
            return done("bureau.done.REJECT", true);
        } catch (BusinessException e) {
            show(OPINION, e);
        }
        return null;
    }

    private String done(String key, boolean back) {
        String text = localeView.bundle().getString(key);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        if (back) {
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "/bureau/review-list?faces-redirect=true";
        }
        return null;
    }

    private void show(String clientId, BusinessException e) {
        String text = e.message(localeView.getLocale());
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public boolean isAtReview() {
        return application != null && application.state() == ApplicationState.BUREAU_REVIEW && next != null;
    }

    public String actionLabel(Action action) {
        return localeView.bundle().getString("audit.action." + action.name());
    }

    public String stageLabel(ApplicationState state) {
        return state == null ? "" : localeView.bundle().getString("review.state." + state.name());
    }

    public String stepLabel(BureauStepView.Step step) {
        return step == null ? "" : localeView.bundle().getString("bureau.step." + step.name());
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

    public ApplicationFormView getForm() {
        return form;
    }

    public List<MaterialLine> getMaterials() {
        return materials;
    }

    public List<HistoryView> getHistory() {
        return history;
    }

    public List<BureauStepView> getSteps() {
        return steps;
    }

    public List<MeetingResult> getMeetingResults() {
        return meetingResults;
    }

    public List<PublicityResult> getPublicities() {
        return publicities;
    }

    public List<DecisionView> getOfficeOpinions() {
        return officeOpinions;
    }

    public BureauStepView.Step getNext() {
        return next;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }
}
