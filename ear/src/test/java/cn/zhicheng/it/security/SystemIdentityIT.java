package cn.zhicheng.it.security;

import static cn.zhicheng.domain.model.application.ApplicationState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.wildfly.security.auth.server.SecurityIdentity;

import cn.zhicheng.application.DeadlineService;
import cn.zhicheng.application.PlatformActions;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.application.decision.DeadlineClosure;
import cn.zhicheng.application.decision.PaymentConfirmation;
import cn.zhicheng.application.internal.DefaultDeadlineService;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ActionNotPermittedException;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.Forms;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;

/**
 * 缴费成功 and 逾期关闭 belong to the platform's run-as identity SYSTEM alone: every account, the system administrator's
 * included, is refused with nothing written and the refusal recorded; a disabled account is refused everything and
 * never taken for the platform; the platform itself, through its {@code @RunAs} bean, takes them.
 */
@ExtendWith(ArquillianExtension.class)
class SystemIdentityIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SystemIdentityIT.class);
    }

    @EJB
    WorkflowService workflow;

    @EJB
    PlatformActions platform;

    @EJB
    DeadlineService deadlines;

    private static PaymentConfirmation payment() {
        return new PaymentConfirmation("PAY-ADMIN-1", new BigDecimal("300.00"), LocalDateTime.of(2021, 1, 9, 10, 0));
    }

    @Test
    void theAdminAccountCannotConfirmAPaymentThroughTheWorkflowNorThroughThePlatformsBean() throws Exception {
        Journey.Case c = Journey.at(AWAITING_PAYMENT);
        long version = Journey.version(c.id());

        assertRefusedAndNothingWritten(c, "admin", ActionNotPermittedException.class,
                () -> Users.as("admin", () -> workflow.decide(c.id(), version, payment())));
        assertRefusedAndNothingWritten(c, "admin", ActionNotPermittedException.class,
                () -> Users.as("admin", () -> platform.confirmPayment(c.id(), version, payment())));
    }

    @Test
    void theAdminAccountCannotCloseByDeadline() throws Exception {
        Journey.Case c = Journey.at(UNIT_REVIEW);
        long version = Journey.version(c.id());

        assertRefusedAndNothingWritten(c, "admin", ActionNotPermittedException.class,
                () -> Users.as("admin", () -> workflow.decide(c.id(), version, new DeadlineClosure())));
        assertRefusedAndNothingWritten(c, "admin", ActionNotPermittedException.class,
                () -> Users.as("admin", () -> platform.closeAllOverdue()));
        // the service's closing methods are the platform's role only: the container refuses the account
        assertThrows(EJBAccessException.class, () -> Users.as("admin", () -> deadlines.closeOverdue(213L, 2020)));
        assertEquals(UNIT_REVIEW, Journey.state(c.id()));
    }

    @Test
    void aDisabledAdminIsRefusedEverythingAndNotTakenForThePlatform() throws Exception {
        Journey.Case c = Journey.at(AWAITING_PAYMENT);
        long version = Journey.version(c.id());
        // a session opened while the account was enabled keeps its identity after the account is disabled
        SecurityIdentity admin = Users.identity("admin");
        Db.update("UPDATE user_account SET enabled = FALSE WHERE username = 'admin'");
        try {
            assertThrows(EJBAccessException.class, () -> Users.as(admin, () -> workflow.decide(c.id(), version, payment())));
            assertThrows(EJBAccessException.class, () -> Users.as(admin, () -> workflow.find(c.id())));
            assertThrows(ActionNotPermittedException.class,
                    () -> Users.as(admin, () -> platform.confirmPayment(c.id(), version, payment())));
        } finally {
            Db.update("UPDATE user_account SET enabled = TRUE WHERE username = 'admin'");
        }
        assertEquals(AWAITING_PAYMENT, Journey.state(c.id()));
        assertEquals(version, Journey.version(c.id()));
    }

    @Test
    void aDisabledApplicantCannotSubmit() throws Exception {
        Journey.Case c = Journey.draft(Forms.ENGINEER_TRAFFIC);
        SecurityIdentity applicant = Users.identity(c.applicant().username());
        Db.update("UPDATE user_account SET enabled = FALSE WHERE username = ?", c.applicant().username());
        long version = Journey.version(c.id());
        assertThrows(EJBAccessException.class, () -> Users.as(applicant,
                () -> workflow.decide(c.id(), version, Journey.decisionFor(Action.SUBMIT))));
        assertEquals(DRAFT, Journey.state(c.id()));
        assertEquals(0, Journey.historyCount(c.id()));
        assertTrue(Db.count("SELECT COUNT(*) FROM security_event WHERE event_type = 'ACTION_REFUSED' AND username = ? "
                + "AND detail = 'account disabled'", c.applicant().username()) >= 1);
    }

    @Test
    void theSystemIdentityConfirmsAPaymentThroughItsRunAsBean() throws Exception {
        Journey.Case c = Journey.at(AWAITING_PAYMENT);
        // the test thread holds no account, like the payment notification will
        platform.confirmPayment(c.id(), Journey.version(c.id()), payment());

        assertEquals(EXPERT_REVIEW, Journey.state(c.id()));
        Object[] entry = Db.rows("SELECT h.actor_username, h.actor_role, x.order_no FROM application_history h "
                + "JOIN decision_record d ON d.history_id = h.id JOIN decision_payment x ON x.id = d.id "
                + "WHERE h.application_id = ? AND h.action = 'PAYMENT_CONFIRMED'", c.id()).get(0);
        assertEquals("system", entry[0]);
        assertEquals("SYSTEM", entry[1]);
        assertEquals("PAY-ADMIN-1", entry[2]);
    }

    @Test
    void aClosureWhoseRowChangedSinceItWasSelectedIsSkippedNotFatal() throws Exception {
        Journey.Case stale = Journey.at(UNIT_REVIEW, Forms.ARCHIVIST);
        Journey.Case movedOn = Journey.at(UNIT_REVIEW, Forms.ARCHIVIST);
        Journey.Case due = Journey.at(UNIT_REVIEW, Forms.ARCHIVIST);
        long staleVersion = Journey.version(stale.id());
        long movedOnVersion = Journey.version(movedOn.id());
        // after the selection: one withdrawn and resubmitted (version moved), one sent on (no longer closable)
        Journey.act(stale, null, Action.WITHDRAW);
        Journey.act(stale, null, Action.SUBMIT);
        Journey.act(movedOn, "jt-admin", Action.UNIT_APPROVE);
        LocalDateTime past = LocalDateTime.of(2021, 1, 1, 0, 0);
        Users.run("admin", () -> deadlines.moveDeadline(213L, 2020, past));
        try {
            DefaultDeadlineService service = (DefaultDeadlineService) javax.naming.InitialContext.doLookup(
                    "java:global/zhicheng/zhicheng-ejb/DefaultDeadlineService!"
                            + "cn.zhicheng.application.internal.DefaultDeadlineService");
            DefaultDeadlineService.ClosureCount count = Users.as(Users.system(), () -> service.close(List.of(
                    new DefaultDeadlineService.Selected(stale.id(), staleVersion),
                    new DefaultDeadlineService.Selected(movedOn.id(), movedOnVersion),
                    new DefaultDeadlineService.Selected(due.id(), Journey.version(due.id())))));

            assertEquals(new DefaultDeadlineService.ClosureCount(3, 1, 2), count);
            assertEquals(UNIT_REVIEW, Journey.state(stale.id()));
            assertEquals(UNIT_PRE_PUBLICITY, Journey.state(movedOn.id()));
            assertEquals(CLOSED_BY_DEADLINE, Journey.state(due.id()));
            assertEquals(1, Db.count("SELECT COUNT(*) FROM decision_record WHERE application_id = ? "
                    + "AND action = 'CLOSE_BY_DEADLINE'", due.id()));
            // leave nothing of this committee open for the other tests' cut-off
            assertTrue(platform.closeOverdue(213L, 2020) >= 2);
            assertEquals(CLOSED_BY_DEADLINE, Journey.state(stale.id()));
            assertEquals(CLOSED_BY_DEADLINE, Journey.state(movedOn.id()));
        } finally {
            Users.run("admin", () -> deadlines.moveDeadline(213L, 2020, LocalDateTime.of(2021, 1, 25, 0, 0)));
        }
    }

    private static void assertRefusedAndNothingWritten(Journey.Case c, String user,
                                                       Class<? extends Throwable> type, Executable call) {
        ApplicationState state = Journey.state(c.id());
        long version = Journey.version(c.id());
        long history = Journey.historyCount(c.id());
        long records = Db.count("SELECT COUNT(*) FROM decision_record WHERE application_id = ?", c.id());
        long refusals = Db.count("SELECT COUNT(*) FROM security_event WHERE event_type = 'ACTION_REFUSED' AND username = ?",
                user);

        Throwable refused = assertThrows(type, call);
        assertTrue(refused.getMessage().contains("无权"), refused.getMessage());

        assertEquals(state, Journey.state(c.id()));
        assertEquals(version, Journey.version(c.id()));
        assertEquals(history, Journey.historyCount(c.id()));
        assertEquals(records, Db.count("SELECT COUNT(*) FROM decision_record WHERE application_id = ?", c.id()));
        assertEquals(refusals + 1, Db.count("SELECT COUNT(*) FROM security_event WHERE event_type = 'ACTION_REFUSED' "
                + "AND username = ?", user));
    }
}
