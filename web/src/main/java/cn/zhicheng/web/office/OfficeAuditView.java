package cn.zhicheng.web.office;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.DecisionView;
import cn.zhicheng.application.FieldChange;
import cn.zhicheng.application.FormService;
import cn.zhicheng.application.HistoryView;
import cn.zhicheng.application.MaterialLine;
import cn.zhicheng.application.OfficeAuditService;
import cn.zhicheng.application.ReturnChoice;
import cn.zhicheng.application.ReturnNotice;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.application.decision.DecisionRefusedException;
import cn.zhicheng.application.decision.OfficeReturn;
import cn.zhicheng.application.decision.Opinion;
import cn.zhicheng.application.decision.PublicityResult;
import cn.zhicheng.application.decision.UnitApproval;
import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 评前审核 / 评后审核 of one application (issue 8, SPEC §6): the whole application read-only, the unit's opinions
 * and publicity results, the history, what changed since the office's last return; the opinion and 通过 / 退回修改
 * (一次性告知: every section and material ticked at once, a note each) / 不通过. The services decide.
 */
@Named
@ViewScoped
public class OfficeAuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String OPINION = "office-audit:opinion";
    static final String ITEMS = "office-audit:items";

    @Inject
    WorkflowService workflow;

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
    private List<UnitApproval> unitReviews = List.of();
    private List<PublicityResult> publicities = List.of();
    private List<FieldChange> changes = List.of();
    private ReturnNotice lastReturn;
    private List<Action> actions = List.of();
    private List<ItemLine> items = new ArrayList<>();

    private Action decision;
    private String opinion;

    /** One line of 一次性告知: a section or material, ticked or not, with its note. */
    public static class ItemLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ReturnChoice choice;
        private boolean ticked;
        private String note;

        ItemLine(ReturnChoice choice) {
            this.choice = choice;
        }

        public ReturnChoice getChoice() {
            return choice;
        }

        public boolean isTicked() {
            return ticked;
        }

        public void setTicked(boolean ticked) {
            this.ticked = ticked;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** Opens the application (view action); out of scope reads as a missing id. */
    public void load() {
        if (id == null || application != null) {
            return;
        }
        try {
            application = workflow.find(id);
            form = forms.form(id);
            history = workflow.history(id);
        materials = audits.materials(id);
            materials = audits.materials(id);
            List<DecisionView> decisions = workflow.decisions(id);
            unitReviews = decisions.stream().filter(d -> d.decision() instanceof UnitApproval)
                    .map(d -> (UnitApproval) d.decision()).toList();
            publicities = decisions.stream().filter(d -> d.decision() instanceof PublicityResult)
                    .map(d -> (PublicityResult) d.decision()).toList();
            lastReturn = audits.returnNotice(id);
            changes = audits.changesSinceReturn(id);
            actions = workflow.availableActions(id).stream()
                    .filter(a -> a == Action.OFFICE_PRE_APPROVE || a == Action.OFFICE_PRE_RETURN
                            || a == Action.OFFICE_PRE_REJECT || a == Action.OFFICE_POST_APPROVE
                            || a == Action.OFFICE_POST_REJECT).toList();
            items = new ArrayList<>(audits.returnChoices().stream().map(ItemLine::new).toList());
            decision = actions.isEmpty() ? null : actions.get(0);
        } catch (BusinessException e) {
            application = null;
            show(null, e);
        }
    }

    /** 提交: the chosen decision with the opinion (and, returning, every ticked item with its note). */
    public String submit() {
        if (application == null || decision == null) {
            return null;
        }
        try {
            if (decision == Action.OFFICE_PRE_RETURN) {
                List<OfficeReturn.ReturnItem> ticked = items.stream().filter(ItemLine::isTicked)
                        .map(l -> new OfficeReturn.ReturnItem(l.getChoice().label(), l.getNote())).toList();
                workflow.decide(id, application.version(), new OfficeReturn(opinion, ticked));
            } else {
                workflow.decide(id, application.version(), new Opinion(decision, opinion));
            }
            String done = localeView.bundle().getString("oaudit.done." + decision.name());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "/office/audit-list?faces-redirect=true";
        } catch (DecisionRefusedException e) {
            MessageKey key = e.reason();
            show(key == MessageKey.RETURN_ITEMS_REQUIRED || key == MessageKey.RETURN_ITEM_INCOMPLETE ? ITEMS
                    : key == MessageKey.OPINION_REQUIRED || key == MessageKey.TEXT_TOO_LONG ? OPINION : null, e);
        } catch (BusinessException e) {
            show(null, e);
        }
        return null;
    }

    private void show(String clientId, BusinessException e) {
        String text = e.message(localeView.getLocale());
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public boolean isReturning() {
        return decision == Action.OFFICE_PRE_RETURN;
    }

    public boolean isPostAudit() {
        return application != null && application.state() == ApplicationState.OFFICE_POST_AUDIT;
    }

    public String actionLabel(Action action) {
        return localeView.bundle().getString("audit.action." + action.name());
    }

    public String stageLabel(ApplicationState state) {
        return state == null ? "" : localeView.bundle().getString("review.state." + state.name());
    }

    /** A changed field's label: the form's own label where the bundle has one, else the property. */
    public String fieldLabel(FieldChange c) {
        String key = "form." + c.section() + "." + c.field();
        return c.field() == null ? "" : localeView.bundle().containsKey(key) ? localeView.bundle().getString(key) : c.field();
    }

    public String sectionLabel(FieldChange c) {
        String key = "form.section." + c.section();
        return localeView.bundle().containsKey(key) ? localeView.bundle().getString(key) : c.sectionLabel();
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

    public List<UnitApproval> getUnitReviews() {
        return unitReviews;
    }

    public List<PublicityResult> getPublicities() {
        return publicities;
    }

    public List<FieldChange> getChanges() {
        return changes;
    }

    public ReturnNotice getLastReturn() {
        return lastReturn;
    }

    public List<Action> getActions() {
        return actions;
    }

    public List<ItemLine> getItems() {
        return items;
    }

    public Action getDecision() {
        return decision;
    }

    public void setDecision(Action decision) {
        this.decision = decision;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }
}
