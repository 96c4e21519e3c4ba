package cn.zhicheng.application.decision;

import java.io.Serializable;

import cn.zhicheng.domain.model.application.Action;

/**
 * What a user (or the platform) decides about an application: one record type per kind, carrying the facts the
 * manual's dialog asks for, with its own guard. {@link Decisions#KINDS} says which type each {@link Action} takes.
 * The workflow service takes a decision through the one transition path, which writes the state, the history
 * entry and the decision's record together.
 */
public sealed interface Decision extends Serializable
        permits Submission, Opinion, UnitApproval, UnitReturn, PublicityResult, OfficeReturn, PaymentConfirmation,
        MeetingResult, CertificateIssue, DeadlineClosure {

    /** The workflow action this decision takes. */
    Action action();

    /** The text written into the history entry (办理意见). */
    String opinion();

    /**
     * The decision's own guard, run after the table has allowed role, scope and state, before anything changes.
     *
     * @throws DecisionRefusedException (or another {@code WorkflowException}) when the decision may not be taken
     */
    void check(DecisionContext context);
}
