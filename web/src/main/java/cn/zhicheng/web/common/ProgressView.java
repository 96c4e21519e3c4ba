package cn.zhicheng.web.common;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.view.ViewScoped;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.DecisionView;
import cn.zhicheng.application.HistoryView;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 进度 ({@code /common/progress.xhtml?id=}): the stage bar with the current stage, the whole history and the
 * decisions recorded, for whoever may see the application. Out of scope reads as a missing id (the service's answer).
 */
@Named
@ViewScoped
public class ProgressView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    WorkflowService workflow;

    @Inject
    LocaleView localeView;

    private Long id;
    private ApplicationSummary application;
    private List<HistoryView> history = List.of();
    private List<DecisionRow> decisions = List.of();
    private String notFound;

    public void load() {
        if (id == null) {
            notFound = localeView.bundle().getString("application.notFound");
            return;
        }
        try {
            application = workflow.find(id);
            history = workflow.history(id);
            decisions = workflow.decisions(id).stream().map(DecisionRow::of).toList();
        } catch (BusinessException refused) {
            application = null;
            notFound = refused.message(localeView.getLocale());
        }
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

    public List<HistoryView> getHistory() {
        return history;
    }

    public List<DecisionRow> getDecisions() {
        return decisions;
    }

    public String getNotFound() {
        return notFound;
    }

    /** The stage bar (SPEC §2); the current stage is the application's state when it is one of them. */
    public List<ApplicationState> getStages() {
        return List.of(ApplicationState.stageBar());
    }

    public boolean isCurrent(ApplicationState stage) {
        return application != null && application.state() == stage;
    }

    /** Stages before the current one are done (only while the application is on the bar). */
    public boolean isDone(ApplicationState stage) {
        if (application == null) {
            return false;
        }
        int current = getStages().indexOf(application.state());
        return current >= 0 && getStages().indexOf(stage) < current;
    }

    /** One decision record and its facts, as label/value pairs read off the decision record. */
    public record DecisionRow(DecisionView view, List<Fact> facts) implements Serializable {

        static DecisionRow of(DecisionView view) {
            return new DecisionRow(view, DecisionFacts.of(view.decision()));
        }
    }

    /** One fact of a decision: a label key of the web bundle and its value. */
    public record Fact(String key, String value) implements Serializable {
    }
}
