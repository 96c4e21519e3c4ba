package cn.zhicheng.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.zhicheng.application.ProfileRefusedException;
import cn.zhicheng.application.ProfileService;
import cn.zhicheng.application.account.MessageService;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.domain.shared.Messages;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;

/**
 * E-mail opt-in: each hand-over notice to an opted-in owner also goes out by e-mail through the gateway (the
 * simulator's outbox, channel EMAIL, to the person's 电子邮箱); none without the opt-in; no opt-in without an address.
 */
@ExtendWith(ArquillianExtension.class)
class EmailNotificationsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(EmailNotificationsIT.class, AccountKit.class);
    }

    @EJB
    MessageService messages;

    @EJB
    ProfileService profiles;

    private static String address(String prefix) {
        return prefix + AccountKit.phone() + "@example.cn";
    }

    private static long emailsTo(String address) {
        return Db.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND channel = 'EMAIL'", address);
    }

    private static long ownerNotices(Journey.Case c) {
        return Db.count("SELECT COUNT(*) FROM in_app_message m JOIN user_account a ON a.id = m.account_id "
                + "WHERE a.username = ? AND m.application_id = ?", c.applicant().username(), c.id());
    }

    @Test
    void anOptedInOwnerGetsOneEmailPerHandOver() throws Exception {
        Journey.Case c = Journey.at(ApplicationState.UNIT_REVIEW);
        String applicant = c.applicant().username();
        String serial = Db.string("SELECT serial_no FROM application WHERE id = ?", c.id());
        String email = address("in");
        Db.update("UPDATE person SET email = ? WHERE id = ?", email, c.applicant().personId());
        Users.run(applicant, () -> messages.chooseEmail(true));
        assertTrue(Users.as(applicant, () -> messages.emailOptIn()));
        assertTrue(Users.as(applicant, () -> profiles.emailOptIn()), "the same choice on 个人信息");

        Journey.act(c, "jt-admin", Action.UNIT_APPROVE);
        assertEquals(1, emailsTo(email));
        String body = Db.string("SELECT body FROM outbox_message WHERE recipient = ? AND channel = 'EMAIL'", email);
        assertTrue(body.contains(serial) && body.contains("单位审核通过"), body);

        Journey.act(c, "jt-admin", Action.PRE_PUBLICITY_PASS);
        assertEquals(2, emailsTo(email));
        assertEquals(ownerNotices(c), emailsTo(email), "one e-mail per in-app notice to the owner");
        assertEquals(0, Db.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND channel <> 'EMAIL'",
                email), "written to the outbox with its channel");
    }

    @Test
    void anOwnerWhoDidNotOptInGetsNoEmail() throws Exception {
        Journey.Case c = Journey.at(ApplicationState.UNIT_REVIEW);
        String email = address("out");
        Db.update("UPDATE person SET email = ? WHERE id = ?", email, c.applicant().personId());
        assertFalse(Users.as(c.applicant().username(), () -> messages.emailOptIn()));

        Journey.act(c, "jt-admin", Action.UNIT_APPROVE);
        assertEquals(1, ownerNotices(c), "the in-app notice still comes");
        assertEquals(0, emailsTo(email));

        // opted in, then out again: still none
        Users.run(c.applicant().username(), () -> messages.chooseEmail(true));
        Users.run(c.applicant().username(), () -> messages.chooseEmail(false));
        Journey.act(c, "jt-admin", Action.PRE_PUBLICITY_PASS);
        assertEquals(0, emailsTo(email));
    }

    @Test
    void optingInWithoutAnAddressIsRefusedNextToTheEmailField() throws Exception {
        Fixtures.Applicant who = Fixtures.applicantOf(Fixtures.JT_ORG_CODE);
        Db.update("UPDATE person SET email = NULL WHERE id = ?", who.personId());

        ProfileRefusedException inbox = assertThrows(ProfileRefusedException.class,
                () -> Users.run(who.username(), () -> messages.chooseEmail(true)));
        assertEquals("email", inbox.field());
        assertEquals(MessageKey.NOTICE_EMAIL_NEEDS_ADDRESS, inbox.key());
        assertEquals("电子邮箱：开通邮件提醒须先填写电子邮箱", inbox.message(Messages.CHINESE));

        String phone = AccountKit.phone();
        ProfileRefusedException profile = assertThrows(ProfileRefusedException.class,
                () -> Users.as(who.username(), () -> profiles.saveContact(phone, "  ", null, true)));
        assertEquals("email", profile.field());
        assertEquals(MessageKey.NOTICE_EMAIL_NEEDS_ADDRESS, profile.key());
        assertEquals(0, Db.count("SELECT COUNT(*) FROM user_account WHERE username = ? AND notify_email = TRUE",
                who.username()));
        assertFalse(Users.as(who.username(), () -> profiles.emailOptIn()));

        // with an address on the same save it is taken; clearing the address while opted in is refused
        String email = address("p");
        Users.as(who.username(), () -> profiles.saveContact(phone, email, null, true));
        assertTrue(Users.as(who.username(), () -> messages.emailOptIn()));
        ProfileRefusedException cleared = assertThrows(ProfileRefusedException.class,
                () -> Users.as(who.username(), () -> profiles.saveContact(phone, null, null)));
        assertEquals("email", cleared.field());
        assertEquals(email, Db.string("SELECT email FROM person WHERE id = ?", who.personId()));
    }
}
