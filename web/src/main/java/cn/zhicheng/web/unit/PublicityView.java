package cn.zhicheng.web.unit;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.FormService;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.application.decision.DecisionRefusedException;
import cn.zhicheng.application.decision.PublicityResult;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 单位评前公示结果 / 单位评后公示结果 (manual chapter 5 step 4, SPEC §5): the publicity's dates, the opinion generated
 * from them (editable), 审核结果 通过 / 不通过 and the read-only 报送去向 (the committee's office). The guard (5 working
 * days on the calendar, only after the end, the committee deadline) is the service's; its refusal is shown.
 */
@Named
@ViewScoped
public class PublicityView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DATES = "publicity:end";

    @Inject
    WorkflowService workflow;

    @Inject
    FormService forms;

    @Inject
    LocaleView localeView;

    private Long id;
    private ApplicationSummary application;
    private List<Action> actions = List.of();
    private String officeName;

    private LocalDate start;
    private LocalDate end;
    private String text;
    private boolean passed = true;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            application = workflow.find(id);
            actions = workflow.availableActions(id);
            officeName = forms.form(id).getDeclaredQualification().getOfficeName();
        } catch (BusinessException e) {
            application = null;
            Refusals.show(null, e, localeView.getLocale());
        }
    }

    /** The opinion the manual's dialog writes from the dates and the name; the user may change it. */
    public void generate() {
        if (application == null || start == null || end == null) {
            return;
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern(localeView.bundle().getString("publicity.dateFormat"));
        text = MessageFormat.format(localeView.bundle().getString(passed ? "publicity.text.pass" : "publicity.text.fail"),
                application.applicantName(), day.format(start), day.format(end));
    }

    public String submit() {
        Action action = action();
        if (application == null || action == null) {
            return null;
        }
        try {
            workflow.decide(id, application.version(), new PublicityResult(action, start, end, text));
            Refusals.info(localeView.bundle().getString("publicity.done"));
            return "/unit/review?faces-redirect=true";
        } catch (DecisionRefusedException e) {
            MessageKey key = e.reason();
            boolean aboutDates = key == MessageKey.PUBLICITY_DATES_MISSING || key == MessageKey.PUBLICITY_END_BEFORE_START
                    || key == MessageKey.PUBLICITY_TOO_SHORT || key == MessageKey.PUBLICITY_NOT_ENDED;
            Refusals.show(aboutDates ? DATES : null, e, localeView.getLocale());
        } catch (BusinessException e) {
            Refusals.show(null, e, localeView.getLocale());
        }
        return null;
    }

    /** The action of the chosen 审核结果 at this stage, if the caller may take it. */
    private Action action() {
        if (application == null) {
            return null;
        }
        boolean pre = application.state() == ApplicationState.UNIT_PRE_PUBLICITY;
        Action chosen = pre ? (passed ? Action.PRE_PUBLICITY_PASS : Action.PRE_PUBLICITY_FAIL)
                : (passed ? Action.POST_PUBLICITY_PASS : Action.POST_PUBLICITY_OBJECTION_UPHELD);
        return actions.contains(chosen) ? chosen : null;
    }

    public boolean isMayDecide() {
        return application != null && (actions.contains(Action.PRE_PUBLICITY_PASS)
                || actions.contains(Action.POST_PUBLICITY_PASS));
    }

    /** 评前 or 评后: the labels of the page. */
    public boolean isPre() {
        return application != null && application.state() == ApplicationState.UNIT_PRE_PUBLICITY;
    }

    public String getDestination() {
        return localeView.bundle().getString(passed ? "publicity.destination.office" : "publicity.destination.finish");
    }

    public String getOfficeName() {
        return passed ? officeName : "";
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

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isPassed() {
        return passed;
    }

    public void setPassed(boolean passed) {
        this.passed = passed;
    }
}
