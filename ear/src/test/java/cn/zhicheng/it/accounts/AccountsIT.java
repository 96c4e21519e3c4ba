package cn.zhicheng.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import cn.zhicheng.application.LoginOutcome;
import cn.zhicheng.application.LoginService;
import cn.zhicheng.application.account.AccountService;
import cn.zhicheng.application.account.ChallengeAnswer;
import cn.zhicheng.application.account.ChallengeService;
import cn.zhicheng.application.account.IndividualRegistration;
import cn.zhicheng.application.account.PasswordReset;
import cn.zhicheng.application.account.UnitRegistration;
import cn.zhicheng.domain.model.account.AccountRefusal;
import cn.zhicheng.domain.model.party.AccountType;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.infrastructure.security.PasswordHasher;
import cn.zhicheng.infrastructure.time.ClockProducer;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Users;

/**
 * Issue 9's defences through the real services, asserted in the database: registration with a confirmed phone, the
 * ID and credit-code checks, the one-time code's expiry, single use, tries and send limits, recovery answers that
 * do not enumerate, the password change that ends other sessions, the forced change, the challenge, and the lockout
 * under 50 parallel attempts.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    private static final String PASSWORD = AccountKit.PASSWORD;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(AccountsIT.class, AccountKit.class);
    }

    @EJB
    AccountService accounts;

    @EJB
    ChallengeService challenges;

    @EJB
    LoginService login;

    @AfterEach
    void timeRunsNormallyAgain() {
        System.clearProperty(ClockProducer.SHIFT_PROPERTY);
    }

    private ChallengeAnswer solved() {
        return AccountKit.solved(challenges);
    }

    @Test
    void anIndividualRegistersWithTheCodeSentToThePhoneAndLogsIn() {
        String phone = AccountKit.phone();
        String id = AccountKit.residentId();
        String username = AccountKit.username("reg");
        String answer = accounts.sendRegistrationCode(phone, solved(), "10.1.1.1");
        assertTrue(answer.contains(phone.substring(0, 3) + "****" + phone.substring(7)), answer);
        String code = AccountKit.lastCode(phone);
        assertNotNull(code, "the code is in the outbox");
        assertEquals(0, Db.count("SELECT COUNT(*) FROM user_account WHERE username = ?", username), "no account before the code");

        assertEquals(username, accounts.registerIndividual(new IndividualRegistration("李注册", id, phone, username,
                PASSWORD, PASSWORD, code), "10.1.1.1"));
        Object[] row = Db.rows("SELECT a.role, a.phone, p.id_number, p.phone, a.password_change_required FROM user_account a "
                + "JOIN person p ON p.id = a.person_id WHERE a.username = ?", username).get(0);
        assertEquals("INDIVIDUAL", row[0]);
        assertEquals(phone, row[1]);
        assertEquals(id, row[2]);
        assertEquals(phone, row[3]);
        assertEquals(Boolean.FALSE, row[4]);
        assertNotNull(Db.value("SELECT used_at FROM one_time_code WHERE phone = ?", phone), "the code is used up");
        assertEquals(1, Db.count("SELECT COUNT(*) FROM security_event WHERE username = ? AND event_type = 'ACCOUNT_REGISTERED'", username));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM security_event WHERE detail LIKE ?", "%" + code + "%"), "no code in the audit");

        assertEquals(LoginOutcome.Status.SUCCESS, login.attempt(username, PASSWORD.toCharArray(), AccountType.PERSONAL, "10.1.1.1").status());

        // single use: the same code does not register a second person
        refused("code", MessageKey.CODE_INVALID, () -> accounts.registerIndividual(new IndividualRegistration("李二",
                AccountKit.residentId(), phone, AccountKit.username("reg"), PASSWORD, PASSWORD, code), "10.1.1.1"));
        // one account per ID: told once the phone is proven
        String phone2 = AccountKit.phone();
        accounts.sendRegistrationCode(phone2, solved(), "10.1.1.1");
        refused("idNumber", MessageKey.REG_ID_TAKEN, () -> accounts.registerIndividual(new IndividualRegistration("李注册",
                id, phone2, AccountKit.username("reg"), PASSWORD, PASSWORD, AccountKit.lastCode(phone2)), "10.1.1.1"));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM person WHERE id_number = ?", id));
    }

    @Test
    void invalidIdsCreditCodesPhonesAndPasswordsAreRefusedAndNothingIsWritten() {
        String phone = AccountKit.phone();
        accounts.sendRegistrationCode(phone, solved(), "10.1.1.2");
        String code = AccountKit.lastCode(phone);
        String id = AccountKit.residentId();
        String username = AccountKit.username("bad");
        String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        refused("idNumber", MessageKey.REG_ID_INVALID, () -> accounts.registerIndividual(
                new IndividualRegistration("王", wrongCheck, phone, username, PASSWORD, PASSWORD, code), "x"));
        String badDate = id.substring(0, 10) + "1399" + id.substring(14); // month 13
        refused("idNumber", MessageKey.REG_ID_INVALID, () -> accounts.registerIndividual(
                new IndividualRegistration("王", badDate, phone, username, PASSWORD, PASSWORD, code), "x"));
        refused("phone", MessageKey.REG_PHONE_INVALID, () -> accounts.registerIndividual(
                new IndividualRegistration("王", id, "12345", username, PASSWORD, PASSWORD, code), "x"));
        refused("username", MessageKey.ACCOUNT_USERNAME_INVALID, () -> accounts.registerIndividual(
                new IndividualRegistration("王", id, phone, "a b", PASSWORD, PASSWORD, code), "x"));
        refused("username", MessageKey.ACCOUNT_USERNAME_TAKEN, () -> accounts.registerIndividual(
                new IndividualRegistration("王", id, phone, "ZhangSan", PASSWORD, PASSWORD, code), "x"));
        refused("password", MessageKey.PASSWORD_CONTAINS_NAME, () -> accounts.registerIndividual(
                new IndividualRegistration("王", id, phone, username, username + "#A1", username + "#A1", code), "x"));
        refused("password", MessageKey.PASSWORD_CONTAINS_NAME, () -> accounts.registerIndividual(
                new IndividualRegistration("王", id, phone, username, "A#" + id, "A#" + id, code), "x"));
        refused("password", MessageKey.PASSWORD_WEAK, () -> accounts.registerIndividual(
                new IndividualRegistration("王", id, phone, username, "abcdefghij", "abcdefghij", code), "x"));
        refused("confirmPassword", MessageKey.PASSWORD_MISMATCH, () -> accounts.registerIndividual(
                new IndividualRegistration("王", id, phone, username, PASSWORD, PASSWORD + "x", code), "x"));

        String credit = AccountKit.creditCode();
        String wrongCredit = credit.substring(0, 17) + (credit.charAt(17) == '0' ? '1' : '0');
        refused("creditCode", MessageKey.REG_CREDIT_CODE_INVALID, () -> accounts.registerUnit(new UnitRegistration(
                "某公司", wrongCredit, "深圳市", "王", id, phone, username, PASSWORD, PASSWORD, code), "x"));
        refused("creditCode", MessageKey.REG_CREDIT_CODE_INVALID, () -> accounts.registerUnit(new UnitRegistration(
                "某公司", credit.substring(0, 17), "深圳市", "王", id, phone, username, PASSWORD, PASSWORD, code), "x"));
        refused("adminIdNumber", MessageKey.REG_ID_INVALID, () -> accounts.registerUnit(new UnitRegistration(
                "某公司", credit, "深圳市", "王", wrongCheck, phone, username, PASSWORD, PASSWORD, code), "x"));

        assertEquals(0, Db.count("SELECT COUNT(*) FROM user_account WHERE username = ?", username));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM unit WHERE org_code = ?", credit));
        assertNull(Db.value("SELECT used_at FROM one_time_code WHERE phone = ?", phone), "refused before the code was tried");
    }

    @Test
    void aUnitRegistersWithItsAdministratorAndOneUnitPerCreditCode() {
        String phone = AccountKit.phone();
        String credit = AccountKit.creditCode();
        String admin = AccountKit.username("unitadm");
        accounts.sendRegistrationCode(phone, solved(), "10.1.1.3");
        accounts.registerUnit(new UnitRegistration("深圳市注册测试有限公司", credit.toLowerCase(), "深圳市福田区", "赵管理",
                AccountKit.residentId(), phone, admin, PASSWORD, PASSWORD, AccountKit.lastCode(phone)), "10.1.1.3");
        Object[] row = Db.rows("SELECT a.role, u.name, u.address, a.phone FROM user_account a JOIN unit u ON u.id = a.unit_id "
                + "WHERE a.username = ?", admin).get(0);
        assertEquals("UNIT_ADMIN", row[0]);
        assertEquals("深圳市注册测试有限公司", row[1]);
        assertEquals("深圳市福田区", row[2]);
        assertEquals(phone, row[3]);
        assertEquals(1, Db.count("SELECT COUNT(*) FROM unit WHERE org_code = ?", credit), "stored in upper case");
        assertEquals(LoginOutcome.Status.SUCCESS, login.attempt(admin, PASSWORD.toCharArray(), AccountType.UNIT, "10.1.1.3").status());

        String phone2 = AccountKit.phone();
        accounts.sendRegistrationCode(phone2, solved(), "10.1.1.3");
        refused("creditCode", MessageKey.REG_CREDIT_CODE_TAKEN, () -> accounts.registerUnit(new UnitRegistration("另一公司",
                credit, "深圳市", "钱", AccountKit.residentId(), phone2, AccountKit.username("unitadm"), PASSWORD, PASSWORD,
                AccountKit.lastCode(phone2)), "10.1.1.3"));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM unit WHERE org_code = ?", credit));
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        String phone = AccountKit.phone();
        accounts.sendRegistrationCode(phone, solved(), "10.1.1.4");
        String code = AccountKit.lastCode(phone);
        System.setProperty(ClockProducer.SHIFT_PROPERTY, "601");
        String username = AccountKit.username("late");
        refused("code", MessageKey.CODE_INVALID, () -> accounts.registerIndividual(new IndividualRegistration("迟",
                AccountKit.residentId(), phone, username, PASSWORD, PASSWORD, code), "10.1.1.4"));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM user_account WHERE username = ?", username));
    }

    @Test
    void fiveWrongTriesSpendTheCodeEvenForTheRightOne() {
        String phone = AccountKit.phone();
        accounts.sendRegistrationCode(phone, solved(), "10.1.1.5");
        String code = AccountKit.lastCode(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        String id = AccountKit.residentId();
        String username = AccountKit.username("tries");
        for (int i = 1; i <= 5; i++) {
            refused("code", MessageKey.CODE_INVALID, () -> accounts.registerIndividual(new IndividualRegistration("试",
                    id, phone, username, PASSWORD, PASSWORD, wrong), "10.1.1.5"));
            assertEquals(i, Db.count("SELECT tries FROM one_time_code WHERE phone = ?", phone), "each try counted");
        }
        refused("code", MessageKey.CODE_TOO_MANY_TRIES, () -> accounts.registerIndividual(new IndividualRegistration("试",
                id, phone, username, PASSWORD, PASSWORD, code), "10.1.1.5"));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM user_account WHERE username = ?", username));
    }

    @Test
    void oneCodeAMinuteAndTenADayPerPhone() {
        String phone = AccountKit.phone();
        accounts.sendRegistrationCode(phone, solved(), "10.1.1.6");
        refused("phone", MessageKey.CODE_SEND_TOO_SOON, () -> accounts.sendRegistrationCode(phone, solved(), "10.1.1.6"));
        for (int i = 1; i < 10; i++) {
            System.setProperty(ClockProducer.SHIFT_PROPERTY, String.valueOf(61 * i));
            accounts.sendRegistrationCode(phone, solved(), "10.1.1.6");
        }
        assertEquals(10, AccountKit.messagesTo(phone));
        System.setProperty(ClockProducer.SHIFT_PROPERTY, String.valueOf(61 * 10));
        refused("phone", MessageKey.CODE_DAILY_LIMIT, () -> accounts.sendRegistrationCode(phone, solved(), "10.1.1.6"));
        // the recovery requests count against the same phone
        refused("phone", MessageKey.CODE_DAILY_LIMIT, () -> accounts.sendResetCode("zhangsan", phone, solved(), "10.1.1.6"));
        assertEquals(10, AccountKit.messagesTo(phone));
    }

    @Test
    void aWrongOrMissingChallengeIsRefusedAndAnAnswerIsUsedOnce() {
        String phone = AccountKit.phone();
        String token = challenges.issue();
        String right = AccountKit.challengeAnswer(token);
        String wrong = right.equals("0000") ? "1111" : "0000";
        refused("challenge", MessageKey.CHALLENGE_WRONG, () -> accounts.sendRegistrationCode(phone,
                new ChallengeAnswer(token, wrong), "10.1.1.7"));
        refused("challenge", MessageKey.CHALLENGE_WRONG, () -> accounts.sendRegistrationCode(phone,
                new ChallengeAnswer(token, right), "10.1.1.7"));
        refused("challenge", MessageKey.CHALLENGE_WRONG, () -> accounts.sendRegistrationCode(phone, null, "10.1.1.7"));
        assertEquals(0, AccountKit.messagesTo(phone));
        assertEquals(3, Db.count("SELECT COUNT(*) FROM security_event WHERE event_type = 'CHALLENGE_FAILED' "
                + "AND remote_address = '10.1.1.7'"));
        assertNotNull(challenges.picture(challenges.issue()), "an open challenge has a picture");
        assertNull(challenges.picture(token), "a used one has none");
    }

    @Test
    void theLoginAsksForTheChallengeAfterTwoFailuresForTheNameOrFromTheClient() {
        Map<String, String> who = AccountKit.register(accounts, challenges, "chal");
        String name = who.get("username");
        String client = java.util.UUID.randomUUID().toString();
        assertFalse(challenges.requiredForLogin(name, client));
        login.attempt(name, "Wrong#1".toCharArray(), AccountType.PERSONAL, "10.1.1.8", client);
        assertFalse(challenges.requiredForLogin(name, null));
        login.attempt(name, "Wrong#2".toCharArray(), AccountType.PERSONAL, "10.1.1.8", client);
        assertTrue(challenges.requiredForLogin(name, null), "two failures for the name");
        assertTrue(challenges.requiredForLogin("someone-else", client), "two failures from the client");
        assertFalse(challenges.requiredForLogin("someone-else", java.util.UUID.randomUUID().toString()));
        // a success ends the need
        assertEquals(LoginOutcome.Status.SUCCESS, login.attempt(name, PASSWORD.toCharArray(), AccountType.PERSONAL, "10.1.1.8", client).status());
        assertFalse(challenges.requiredForLogin(name, client));
    }

    @Test
    void recoveryAnswersTheSameForKnownAndUnknownNamesAndSendsOnlyToTheOwner() {
        Map<String, String> who = AccountKit.register(accounts, challenges, "rec");
        String phone = who.get("phone");
        Db.update("DELETE FROM one_time_code WHERE phone = ?", phone); // the minute's limit after the registration
        String strangerPhone = AccountKit.phone();
        String known = accounts.sendResetCode(who.get("username"), phone, solved(), "10.1.1.9");
        String unknownName = accounts.sendResetCode(AccountKit.username("nobody"), strangerPhone, solved(), "10.1.1.9");
        assertEquals(known.replace(masked(phone), "#"), unknownName.replace(masked(strangerPhone), "#"));
        assertEquals(0, AccountKit.messagesTo(strangerPhone), "nothing sent for an unknown name");
        assertEquals(2, AccountKit.messagesTo(phone), "registration code, then the reset code");

        String phone3 = AccountKit.phone();
        String remindKnown = accounts.remindUsername(who.get("idNumber"), phone3, solved(), "10.1.1.9");
        assertEquals(0, AccountKit.messagesTo(phone3), "ID with another phone: nothing sent");
        Db.update("DELETE FROM one_time_code WHERE phone = ?", phone); // the minute's limit
        String remind = accounts.remindUsername(who.get("idNumber"), phone, solved(), "10.1.1.9");
        assertEquals(remindKnown.replace(masked(phone3), "#"), remind.replace(masked(phone), "#"));
        assertTrue(AccountKit.lastMessage(phone).contains(who.get("username")), "the name went to the phone");
    }

    @Test
    void aForgottenPasswordIsResetByCodeAndEndsTheSessions() throws Exception {
        Map<String, String> who = AccountKit.register(accounts, challenges, "reset");
        String name = who.get("username");
        String phone = who.get("phone");
        int epoch = accounts.sessionEpoch(name);
        Db.update("DELETE FROM one_time_code WHERE phone = ?", phone);
        accounts.sendResetCode(name.toUpperCase(), phone, solved(), "10.1.2.1");
        String code = AccountKit.lastCode(phone);
        String newPassword = "New#Pass2027";
        refused("confirmPassword", MessageKey.PASSWORD_MISMATCH, () -> accounts.resetPassword(
                new PasswordReset(name, phone, code, newPassword, "other"), "10.1.2.1"));
        // another phone cannot use the code
        refused("code", MessageKey.CODE_INVALID, () -> accounts.resetPassword(
                new PasswordReset(name, AccountKit.phone(), code, newPassword, newPassword), "10.1.2.1"));
        accounts.resetPassword(new PasswordReset(name, phone, code, newPassword, newPassword), "10.1.2.1");
        assertEquals(epoch + 1, accounts.sessionEpoch(name), "every session opened before ends");
        assertEquals(LoginOutcome.Status.BAD_CREDENTIALS, login.attempt(name, PASSWORD.toCharArray(), AccountType.PERSONAL, "10.1.2.1").status());
        assertEquals(LoginOutcome.Status.SUCCESS, login.attempt(name, newPassword.toCharArray(), AccountType.PERSONAL, "10.1.2.1").status());
        refused("code", MessageKey.CODE_INVALID, () -> accounts.resetPassword(
                new PasswordReset(name, phone, code, "Third#Pass2028", "Third#Pass2028"), "10.1.2.1"));

        // 修改密码 by the holder: the current password is asked, the epoch rises again
        int changed = Users.as(name, () -> accounts.changePassword(newPassword, "Fourth#Pass2029", "Fourth#Pass2029", "10.1.2.1"));
        assertEquals(epoch + 2, changed);
        AccountRefusal wrongCurrent = assertThrows(AccountRefusal.class, () -> Users.as(name,
                () -> accounts.changePassword("not-it", "Fifth#Pass2030", "Fifth#Pass2030", "10.1.2.1")));
        assertEquals("currentPassword", wrongCurrent.field());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM security_event WHERE username = ? AND event_type = 'PASSWORD_CHANGED'", name));
    }

    @Test
    void anInitialPasswordMustBeChangedAtTheFirstLogin() throws Exception {
        Map<String, String> who = AccountKit.register(accounts, challenges, "init");
        String name = who.get("username");
        String initial = "Init#Pass2026";
        AccountKit.initialPassword(name, initial);
        LoginOutcome first = login.attempt(name, initial.toCharArray(), AccountType.PERSONAL, "10.1.2.2");
        assertEquals(LoginOutcome.Status.SUCCESS, first.status());
        assertTrue(first.passwordChangeRequired());
        Users.as(name, () -> accounts.changePassword(initial, "Mine#Pass2026", "Mine#Pass2026", "10.1.2.2"));
        assertEquals(Boolean.FALSE, Db.value("SELECT password_change_required FROM user_account WHERE username = ?", name));
        assertFalse(login.attempt(name, "Mine#Pass2026".toCharArray(), AccountType.PERSONAL, "10.1.2.2").passwordChangeRequired());
    }

    @Test
    void unknownNamesAreCountedAndLockedLikeRealOnesInTheSameOrderOfTime() {
        Map<String, String> who = AccountKit.register(accounts, challenges, "enum");
        String real = who.get("username");
        String unknown = AccountKit.username("ghost");
        long realNanos = 0;
        long unknownNanos = 0;
        for (int i = 1; i <= 5; i++) {
            long t0 = System.nanoTime();
            LoginOutcome r = login.attempt(real, ("Wrong#" + i).toCharArray(), AccountType.PERSONAL, "10.1.3." + i);
            long t1 = System.nanoTime();
            LoginOutcome u = login.attempt(unknown, ("Wrong#" + i).toCharArray(), AccountType.PERSONAL, "10.1.4." + i);
            long t2 = System.nanoTime();
            realNanos += t1 - t0;
            unknownNanos += t2 - t1;
            assertEquals(r.status(), u.status(), "attempt " + i);
            assertEquals(r.message().replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}", "T"),
                    u.message().replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}", "T"));
        }
        assertEquals(LoginOutcome.Status.LOCKED, login.attempt(unknown, PASSWORD.toCharArray(), AccountType.PERSONAL, "10.1.4.9").status());
        double ratio = (double) realNanos / unknownNanos;
        assertTrue(ratio > 0.33 && ratio < 3, "real " + realNanos / 1_000_000 + " ms, unknown " + unknownNanos / 1_000_000 + " ms");
        assertEquals(Db.string("SELECT detail FROM security_event WHERE username = ? AND event_type = 'LOGIN_FAILURE' "
                        + "ORDER BY id FETCH FIRST 1 ROWS ONLY", real),
                Db.string("SELECT detail FROM security_event WHERE username = ? AND event_type = 'LOGIN_FAILURE' "
                        + "ORDER BY id FETCH FIRST 1 ROWS ONLY", unknown), "the log does not tell them apart");
    }

    @Test
    void fiftyParallelWrongAttemptsFinishWithoutErrorsAndLockOnce() throws Exception {
        Map<String, String> who = AccountKit.register(accounts, challenges, "par");
        String name = who.get("username");
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Callable<LoginOutcome>> attempts = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String address = "10.50." + (i / 10) + "." + i;
                attempts.add(() -> login.attempt(name, "Wrong#Guess".toCharArray(), AccountType.PERSONAL, address));
            }
            List<Future<LoginOutcome>> done = pool.invokeAll(attempts, 5, TimeUnit.MINUTES);
            for (Future<LoginOutcome> f : done) {
                LoginOutcome outcome = f.get(); // an exception here fails the test
                assertNotEquals(LoginOutcome.Status.SUCCESS, outcome.status());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Db.count("SELECT COUNT(*) FROM security_event WHERE username = ? AND event_type = 'ACCOUNT_LOCKED'", name));
        assertEquals(5, Db.count("SELECT failed_attempts FROM user_account WHERE username = ?", name));
        assertEquals(5, Db.count("SELECT COUNT(*) FROM security_event WHERE username = ? AND event_type = 'LOGIN_FAILURE'", name));
        assertNotNull(Db.value("SELECT locked_until FROM user_account WHERE username = ?", name));
        // within the minute the name is throttled before anything is looked at; after it, the lock answers
        assertEquals(LoginOutcome.Status.THROTTLED, login.attempt(name, PASSWORD.toCharArray(), AccountType.PERSONAL, "10.51.0.1").status());
        System.setProperty(ClockProducer.SHIFT_PROPERTY, "61");
        assertEquals(LoginOutcome.Status.LOCKED, login.attempt(name, PASSWORD.toCharArray(), AccountType.PERSONAL, "10.51.0.1").status());
    }

    @Test
    void theHashingCostMeetsOwaspsRecommendation() {
        Map<String, String> who = AccountKit.register(accounts, challenges, "cost");
        String hash = Db.string("SELECT password_hash FROM user_account WHERE username = ?", who.get("username"));
        assertTrue(hash.startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$"), hash);
        assertTrue(PasswordHasher.ITERATIONS >= 600_000);
    }

    private static String masked(String phone) {
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }

    private static void refused(String field, MessageKey key, Executable call) {
        AccountRefusal refusal = assertThrows(AccountRefusal.class, call);
        assertEquals(key, refusal.key(), refusal.getMessage());
        assertEquals(field, refusal.field(), refusal.getMessage());
    }
}
