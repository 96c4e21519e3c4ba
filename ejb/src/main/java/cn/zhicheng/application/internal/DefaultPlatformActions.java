package cn.zhicheng.application.internal;

import java.util.Optional;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.DeadlineService;
import cn.zhicheng.application.PlatformActions;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.application.decision.DeadlineClosure;
import cn.zhicheng.application.decision.PaymentConfirmation;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ActionNotPermittedException;
import cn.zhicheng.domain.model.audit.SecurityEvent;
import cn.zhicheng.domain.model.party.UserAccount;
import cn.zhicheng.infrastructure.security.SecurityAudit;

/**
 * Lends the platform's run-as identity to internal callers: what it calls sees role {@code SYSTEM} and no
 * account, which {@link CurrentActor} maps to {@code Actor.system()}. Open to callers without an account only (an
 * unauthenticated notification, a timer); any account is refused here, so no person can borrow the identity.
 */
@Stateless
@RunAs(cn.zhicheng.domain.model.party.Role.SYSTEM_NAME)
@DeclareRoles(cn.zhicheng.domain.model.party.Role.SYSTEM_NAME)
@PermitAll
public class DefaultPlatformActions implements PlatformActions {

    @EJB
    WorkflowService workflow;

    @EJB
    DeadlineService deadlines;

    @Inject
    CurrentActor currentActor;

    @Inject
    SecurityAudit audit;

    @Override
    public ApplicationSummary confirmPayment(long applicationId, long expectedVersion, PaymentConfirmation payment) {
        refuseAccountHolders(Action.PAYMENT_CONFIRMED, applicationId);
        return workflow.decide(applicationId, expectedVersion, payment);
    }

    @Override
    public ApplicationSummary closeByDeadline(long applicationId, long expectedVersion) {
        refuseAccountHolders(Action.CLOSE_BY_DEADLINE, applicationId);
        return workflow.decide(applicationId, expectedVersion, new DeadlineClosure());
    }

    @Override
    public int closeOverdue(long committeeId, int year) {
        refuseAccountHolders(Action.CLOSE_BY_DEADLINE, null);
        return deadlines.closeOverdue(committeeId, year);
    }

    @Override
    public int closeAllOverdue() {
        refuseAccountHolders(Action.CLOSE_BY_DEADLINE, null);
        return deadlines.closeAllOverdue();
    }

    private void refuseAccountHolders(Action action, Long applicationId) {
        Optional<UserAccount> account = currentActor.callerAccount();
        if (account.isPresent()) {
            ActionNotPermittedException refused = new ActionNotPermittedException(account.get().getRole(), action);
            audit.record(account.get().getUsername(), SecurityEvent.Type.ACTION_REFUSED, null,
                    action + " on " + applicationId + ": " + refused.code() + " " + refused.getMessage());
            throw refused;
        }
    }
}
