package cn.zhicheng.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.zhicheng.application.LoginOutcome;
import cn.zhicheng.application.LoginService;
import cn.zhicheng.domain.model.party.AccountType;
import cn.zhicheng.infrastructure.security.PasswordHasher;
import cn.zhicheng.infrastructure.time.ClockProducer;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;

/** SPEC §10: five wrong passwords in a row lock the account for one hour, counted in the database. */
@ExtendWith(ArquillianExtension.class)
class LoginLockoutIT {

    private static final String PASSWORD = "Right#Pass2020";
    private static final String WRONG = "Bad-Guess-77";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(LoginLockoutIT.class);
    }

    @EJB
    LoginService login;

    @AfterEach
    void timeRunsNormallyAgain() {
        System.clearProperty(ClockProducer.SHIFT_PROPERTY);
    }

    @Test
    void fiveFailuresLockForAnHourEvenForTheRightPassword() {
        String user = accountWithPassword();
        for (int i = 1; i <= 4; i++) {
            assertEquals(LoginOutcome.Status.BAD_CREDENTIALS, login.attempt(user, WRONG.toCharArray(), AccountType.PERSONAL, "10.0.0.1").status());
            assertEquals(i, Db.count("SELECT failed_attempts FROM user_account WHERE username = ?", user));
        }
        LoginOutcome fifth = login.attempt(user, WRONG.toCharArray(), AccountType.PERSONAL, "10.0.0.1");
        assertEquals(LoginOutcome.Status.LOCKED, fifth.status());
        LocalDateTime until = timestamp("SELECT locked_until FROM user_account WHERE username = ?", user);
        assertNotNull(until);
        assertTrue(fifth.message().contains("锁定") && fifth.message().contains(until.format(MINUTE)), fifth.message());

        // the fifth failure happened after the fourth was recorded and before the fifth was: the lock is that + 1 h
        List<Object[]> failures = Db.rows("SELECT occurred_at FROM security_event WHERE username = ? "
                + "AND event_type = 'LOGIN_FAILURE' ORDER BY occurred_at", user);
        assertEquals(5, failures.size());
        LocalDateTime afterFourth = ((Timestamp) failures.get(3)[0]).toLocalDateTime();
        LocalDateTime fifthRecorded = ((Timestamp) failures.get(4)[0]).toLocalDateTime();
        LocalDateTime failedAt = until.minusHours(1);
        assertTrue(!failedAt.isBefore(afterFourth) && !failedAt.isAfter(fifthRecorded),
                "locked until " + until + " is not one hour after the fifth failure (" + afterFourth + " .. " + fifthRecorded + ")");

        LoginOutcome sixth = login.attempt(user, PASSWORD.toCharArray(), AccountType.PERSONAL, "10.0.0.1");
        assertEquals(LoginOutcome.Status.LOCKED, sixth.status());

        // the clock runs on from the failure, so a shift of exactly 59 / 60 minutes lands just after those moments
        System.setProperty(ClockProducer.SHIFT_PROPERTY, "3540"); // 59 minutes later: still locked
        assertEquals(LoginOutcome.Status.LOCKED, login.attempt(user, PASSWORD.toCharArray(), AccountType.PERSONAL, "10.0.0.1").status());
        assertEquals(until, timestamp("SELECT locked_until FROM user_account WHERE username = ?", user));
        System.setProperty(ClockProducer.SHIFT_PROPERTY, "3600"); // 60 minutes later: open again
        assertEquals(LoginOutcome.Status.SUCCESS, login.attempt(user, PASSWORD.toCharArray(), AccountType.PERSONAL, "10.0.0.1").status());
        assertNull(Db.value("SELECT locked_until FROM user_account WHERE username = ?", user));
        assertEquals(0, Db.count("SELECT failed_attempts FROM user_account WHERE username = ?", user));

        assertEquals(1, Db.count("SELECT COUNT(*) FROM security_event WHERE username = ? AND event_type = 'ACCOUNT_LOCKED'", user));
        assertEquals(2, Db.count("SELECT COUNT(*) FROM security_event WHERE username = ? AND event_type = 'LOGIN_REFUSED_LOCKED'", user));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM security_event WHERE username = ? AND event_type = 'LOGIN_SUCCESS' "
                + "AND remote_address = '10.0.0.1'", user));
        // never a password, right or wrong
        assertEquals(0, Db.count("SELECT COUNT(*) FROM security_event WHERE detail LIKE ? OR detail LIKE ?",
                "%" + PASSWORD + "%", "%" + WRONG + "%"));
    }

    @Test
    void aSuccessResetsTheCountAndTheWrongTabIsRefusedWithoutCounting() {
        String user = accountWithPassword();
        for (int i = 0; i < 4; i++) {
            login.attempt(user, WRONG.toCharArray(), AccountType.PERSONAL, "10.0.0.2");
        }
        assertEquals(LoginOutcome.Status.WRONG_TAB, login.attempt(user, PASSWORD.toCharArray(), AccountType.UNIT, "10.0.0.2").status());
        assertEquals(4, Db.count("SELECT failed_attempts FROM user_account WHERE username = ?", user));
        assertEquals(LoginOutcome.Status.SUCCESS, login.attempt(user, PASSWORD.toCharArray(), AccountType.PERSONAL, "10.0.0.2").status());
        assertEquals(LoginOutcome.Status.BAD_CREDENTIALS, login.attempt(user, WRONG.toCharArray(), AccountType.PERSONAL, "10.0.0.2").status());
        assertEquals(1, Db.count("SELECT failed_attempts FROM user_account WHERE username = ?", user));
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        LoginOutcome outcome = login.attempt("nobody-" + System.nanoTime(), "x".toCharArray(), AccountType.PERSONAL, "10.0.0.3");
        assertEquals(LoginOutcome.Status.BAD_CREDENTIALS, outcome.status());
        assertEquals(LoginOutcome.badCredentials().message(), outcome.message());
    }

    private static LocalDateTime timestamp(String sql, Object... params) {
        Object value = Db.value(sql, params);
        return value == null ? null : ((Timestamp) value).toLocalDateTime();
    }

    private static String accountWithPassword() {
        Fixtures.Applicant who = Fixtures.applicantOf(Fixtures.JT_ORG_CODE);
        Db.update("UPDATE user_account SET password_hash = ? WHERE username = ?",
                new PasswordHasher().hash(PASSWORD.toCharArray()), who.username());
        return who.username();
    }
}
