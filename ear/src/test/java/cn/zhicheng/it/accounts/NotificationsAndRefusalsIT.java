package cn.zhicheng.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.zhicheng.application.account.AccountService;
import cn.zhicheng.application.account.IndividualRegistration;
import cn.zhicheng.application.account.MessageService;
import cn.zhicheng.application.account.SecurityEventFilter;
import cn.zhicheng.application.account.SecurityEventService;
import cn.zhicheng.application.admin.AccountAdminService;
import cn.zhicheng.application.admin.AccountFilter;
import cn.zhicheng.domain.model.account.AccountRefusal;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;

/**
 * In-app messages at each hand-over (the owner and the next actors, SMS for who opted in), and the one interceptor
 * that records refused calls: a refusal by role, a refused read, a validation failure of its own kind.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsAndRefusalsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(NotificationsAndRefusalsIT.class, AccountKit.class);
    }

    @EJB
    MessageService messages;

    @EJB
    AccountAdminService accountAdmin;

    @EJB
    AccountService accounts;

    @EJB
    SecurityEventService events;

    @Test
    void aHandOverTellsTheNextActorsAndTheOwnerWhoAlsoGetsAnSmsWhenOptedIn() throws Exception {
        Journey.Case c = Journey.at(ApplicationState.UNIT_REVIEW);
        String applicant = c.applicant().username();
        String serial = Db.string("SELECT serial_no FROM application WHERE id = ?", c.id());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM in_app_message m JOIN user_account a ON a.id = m.account_id "
                + "WHERE a.username = 'jt-admin' AND m.application_id = ?", c.id()), "the unit must act next");
        assertEquals(0, Db.count("SELECT COUNT(*) FROM in_app_message m JOIN user_account a ON a.id = m.account_id "
                + "WHERE a.username = ? AND m.application_id = ?", applicant, c.id()), "not for one's own submit");

        String phone = AccountKit.phone();
        Db.update("UPDATE person SET phone = ? WHERE id = ?", phone, c.applicant().personId());
        long before = Users.as(applicant, () -> messages.unreadCount());
        Users.run(applicant, () -> messages.chooseSms(true));
        Journey.act(c, "jt-admin", Action.UNIT_RETURN);

        assertEquals(before + 1, (long) Users.as(applicant, () -> messages.unreadCount()));
        String body = Db.string("SELECT m.body FROM in_app_message m JOIN user_account a ON a.id = m.account_id "
                + "WHERE a.username = ? AND m.application_id = ?", applicant, c.id());
        assertTrue(body.contains(serial) && body.contains("单位退回修改"), body);
        String sms = AccountKit.lastMessage(phone);
        assertTrue(sms != null && sms.contains(serial), "the SMS went to the opted-in owner: " + sms);

        // read: the count falls; another account cannot touch the message
        long id = (Long) Db.value("SELECT m.id FROM in_app_message m JOIN user_account a ON a.id = m.account_id "
                + "WHERE a.username = ? AND m.application_id = ?", applicant, c.id());
        Users.run("jt-admin", () -> messages.markRead(id));
        assertEquals(before + 1, (long) Users.as(applicant, () -> messages.unreadCount()));
        Users.run(applicant, () -> messages.markRead(id));
        assertEquals(before, (long) Users.as(applicant, () -> messages.unreadCount()));
        assertEquals(before, Users.as(applicant, () -> messages.list(0, 100)).rows().stream().filter(m -> !m.read()).count());
    }

    @Test
    void aCallRefusedByTheContainerLeavesOneSecurityEvent() throws Exception {
        Fixtures.Applicant who = Fixtures.applicantOf(Fixtures.JT_ORG_CODE);
        assertThrows(EJBAccessException.class, () -> Users.as(who.username(),
                () -> accountAdmin.accounts(new AccountFilter(null, null, null), 0, 10)));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM security_event WHERE username = ? AND event_type = 'ROLE_REFUSED'",
                who.username()));
        assertTrue(Db.string("SELECT detail FROM security_event WHERE username = ? AND event_type = 'ROLE_REFUSED'",
                who.username()).contains("AccountAdminService.accounts"));
    }

    @Test
    void aRefusedReadOfAnothersApplicationLeavesOneSecurityEvent() throws Exception {
        Journey.Case c = Journey.at(ApplicationState.UNIT_REVIEW);
        Fixtures.Applicant other = Fixtures.applicantOf(Fixtures.JT_ORG_CODE);
        assertThrows(ApplicationNotFoundException.class, () -> Users.as(other.username(),
                () -> Journey.workflow().find(c.id())));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM security_event WHERE username = ? AND event_type = 'READ_REFUSED'",
                other.username()));
    }

    @Test
    void aValidationFailureIsRecordedAsItsOwnKindAndTheAdminFindsItByFilter() throws Exception {
        String phone = AccountKit.phone();
        long before = Db.count("SELECT COUNT(*) FROM security_event WHERE event_type = 'VALIDATION_REFUSED' "
                + "AND detail LIKE ?", "%REG_ID_INVALID%");
        assertThrows(AccountRefusal.class, () -> accounts.registerIndividual(new IndividualRegistration("王", "123",
                phone, "someone", "x", "x", "000000"), "10.2.0.1"));
        assertEquals(before + 1, Db.count("SELECT COUNT(*) FROM security_event WHERE event_type = 'VALIDATION_REFUSED' "
                + "AND detail LIKE ?", "%REG_ID_INVALID%"));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM security_event WHERE event_type IN ('ROLE_REFUSED', 'READ_REFUSED') "
                + "AND detail LIKE ?", "%REG_ID_INVALID%"), "not a security refusal");

        var page = Users.as("admin", () -> events.events(new SecurityEventFilter(null, "VALIDATION_REFUSED", null,
                null, null), 0, 100));
        assertTrue(page.total() >= 1 && page.rows().stream().allMatch(e -> e.type().equals("VALIDATION_REFUSED")));
        var none = Users.as("admin", () -> events.events(new SecurityEventFilter("no-such-user", null, "10.2.", null,
                null), 0, 10));
        assertEquals(0, none.total());
    }
}
