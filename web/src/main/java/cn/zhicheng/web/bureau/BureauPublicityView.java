package cn.zhicheng.web.bureau;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.WorkListFilter;
import cn.zhicheng.application.WorkListService;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.application.decision.DecisionRefusedException;
import cn.zhicheng.application.decision.PublicityResult;
import cn.zhicheng.application.export.ApplicationColumns;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.web.common.Exports;
import cn.zhicheng.web.common.PageMessages;
import cn.zhicheng.web.facade.WorkListModel;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 人社公示 ({@code /bureau/publicity.xhtml}): the applications at 人社公示, and per row a dialog recording the
 * bureau's publicity — its dates, the opinion generated from them (editable), 无异议 / 异议成立. The rule (at least 5
 * working days on the holiday calendar, recorded only after the end, the unit's rule) is the decision's guard; its
 * refusal is shown next to the dates.
 */
@Named
@ViewScoped
public class BureauPublicityView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DATES = "publicity-dialog-form:end";

    @EJB
    WorkListService workLists;

    @EJB
    WorkflowService workflow;

    @Inject
    LocaleView localeView;

    private WorkListModel model;

    private ApplicationSummary selected;
    private LocalDate start;
    private LocalDate end;
    private String text;
    private boolean passed = true;

    @PostConstruct
    void init() {
        model = new WorkListModel(workLists);
        model.setFilter(WorkListFilter.none().withStates(Set.of(ApplicationState.BUREAU_PUBLICITY)));
    }

    /** Opens the dialog for one row, with the application as it is now. */
    public void open(long applicationId) {
        try {
            selected = workflow.find(applicationId);
            start = null;
            end = null;
            text = null;
            passed = true;
        } catch (BusinessException e) {
            selected = null;
            PageMessages.refused(null, e, localeView.getLocale());
        }
    }

    public void generate() {
        if (selected == null || start == null || end == null) {
            return;
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern(localeView.bundle().getString("publicity.dateFormat"));
        text = MessageFormat.format(localeView.bundle().getString(passed ? "bureauPublicity.text.pass"
                : "bureauPublicity.text.fail"), selected.applicantName(), day.format(start), day.format(end));
    }

    public void submit() {
        if (selected == null) {
            return;
        }
        Action action = passed ? Action.BUREAU_PUBLICITY_PASS : Action.BUREAU_PUBLICITY_OBJECTION_UPHELD;
        try {
            workflow.decide(selected.id(), selected.version(), new PublicityResult(action, start, end, text));
            PageMessages.info(MessageFormat.format(localeView.bundle().getString("bureauPublicity.done"),
                    selected.serialNo()));
            selected = null;
            PrimeFaces.current().executeScript("PF('publicityDialog').hide()");
        } catch (DecisionRefusedException e) {
            MessageKey key = e.reason();
            boolean aboutDates = key == MessageKey.PUBLICITY_DATES_MISSING || key == MessageKey.PUBLICITY_END_BEFORE_START
                    || key == MessageKey.PUBLICITY_TOO_SHORT || key == MessageKey.PUBLICITY_NOT_ENDED;
            PageMessages.refused(aboutDates ? DATES : "publicity-dialog-form:dialog-messages", e, localeView.getLocale());
        } catch (BusinessException e) {
            PageMessages.refused("publicity-dialog-form:dialog-messages", e, localeView.getLocale());
        }
    }

    /** 导出Excel: the list's filter (the applications at 人社公示, in the bureau's scope), every page, its columns. */
    public StreamedContent getExport() {
        WorkListFilter shown = model.getFilter();
        return Exports.xlsx(localeView.bundle().getString("bureauPublicity.title"), ApplicationColumns.PUBLICITY,
                Exports.pages((after, max) -> workLists.exportPage(shown, after, max), ApplicationSummary::id));
    }

    public WorkListModel getModel() {
        return model;
    }

    public ApplicationSummary getSelected() {
        return selected;
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
