package cn.zhicheng.application;

import java.util.List;

import jakarta.ejb.Local;

import cn.zhicheng.application.decision.Decision;
import cn.zhicheng.domain.model.application.Action;

/**
 * The only way to change an application's state. Every decision is checked against the workflow table (the
 * caller's role, scope and the current state) and its own guard, and the state, its history entry and the
 * decision's record are written in one transaction; a refusal throws a
 * {@link cn.zhicheng.domain.model.application.WorkflowException} with a Chinese message and writes nothing (but the
 * refusal's security record).
 */
@Local
public interface WorkflowService {

    /**
     * Takes a decision on an application the caller opened at {@code expectedVersion}; {@link Decision#action()}
     * says which transition. 制证 ({@code CertificateIssue}) allocates the certificate number.
     *
     * @throws cn.zhicheng.domain.model.application.ConcurrentUpdateException when someone else acted first
     */
    ApplicationSummary decide(long applicationId, long expectedVersion, Decision decision);

    /** One application, if the caller may see it. */
    ApplicationSummary find(long applicationId);

    /** 进度: the history, oldest first, if the caller may see the application. */
    List<HistoryView> history(long applicationId);

    /** The decisions recorded on the application (e.g. the unit's review, the office's return items), oldest first. */
    List<DecisionView> decisions(long applicationId);

    /** The actions the caller may take on the application now (for buttons; {@link #decide} re-checks). */
    List<Action> availableActions(long applicationId);
}
