package cn.zhicheng.application;

import java.util.List;

import jakarta.ejb.Local;

import cn.zhicheng.domain.model.application.Action;

/**
 * The only way to change an application's state. Every call checks the caller's role, scope and the current
 * state against the workflow table, and writes the state and its history entry in one transaction; a refusal
 * throws a {@link cn.zhicheng.domain.model.application.WorkflowException} with a Chinese message and writes
 * nothing (but the refusal's security record).
 */
@Local
public interface WorkflowService {

    /**
     * Takes an action on an application the caller opened at {@code expectedVersion}.
     *
     * @throws cn.zhicheng.domain.model.application.ConcurrentUpdateException when someone else acted first
     */
    ApplicationSummary perform(long applicationId, Action action, long expectedVersion, String opinion,
                               List<String> attachmentRefs);

    /** 制证: records a new unique certificate number and finishes the application as approved. */
    ApplicationSummary issueCertificate(long applicationId, long expectedVersion, String opinion);

    /** One application, if the caller may see it. */
    ApplicationSummary find(long applicationId);

    /** 进度: the history, oldest first, if the caller may see the application. */
    List<HistoryView> history(long applicationId);

    /** The actions the caller may take on the application now (for buttons; {@link #perform} re-checks). */
    List<Action> availableActions(long applicationId);
}
