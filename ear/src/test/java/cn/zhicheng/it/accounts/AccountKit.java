package cn.zhicheng.it.accounts;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import cn.zhicheng.application.account.AccountService;
import cn.zhicheng.application.account.ChallengeAnswer;
import cn.zhicheng.application.account.ChallengeService;
import cn.zhicheng.application.account.IndividualRegistration;
import cn.zhicheng.domain.model.party.CreditCode;
import cn.zhicheng.domain.model.party.ResidentId;
import cn.zhicheng.it.support.Db;

/**
 * Test data and readings for the account ITs, in the server: fresh phones, IDs and credit codes; a challenge's answer
 * and a phone's last code read from the database (the outbox), as a person reads the picture and the SMS. Its static
 * {@code String} methods are also the browser tests' server steps ({@code Remote.call}).
 */
public final class AccountKit {

    public static final String PASSWORD = "Reg#Pass2026";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SIX_DIGITS = Pattern.compile("(\\d{6})");
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private AccountKit() {
    }

    public static String phone() {
        return "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    public static String residentId() {
        return ResidentId.of("440305", LocalDate.of(1970 + RANDOM.nextInt(30), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28)),
                RANDOM.nextInt(1000));
    }

    public static String creditCode() {
        StringBuilder body = new StringBuilder("91440300");
        for (int i = 0; i < 9; i++) {
            body.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return CreditCode.of(body.toString());
    }

    public static String username(String prefix) {
        return prefix + Long.toString(Math.abs(RANDOM.nextLong()) % 1_000_000_000L, 36);
    }

    /** The answer a person reads off the picture. */
    public static String challengeAnswer(String token) {
        return Db.string("SELECT answer FROM login_challenge WHERE token = ?", token);
    }

    /** The newest message to the phone in the simulator's outbox, or null. */
    public static String lastMessage(String phone) {
        Object body = Db.value("SELECT body FROM outbox_message WHERE recipient = ? ORDER BY id DESC "
                + "FETCH FIRST 1 ROWS ONLY", phone);
        return body == null ? null : body.toString();
    }

    /** The six-digit code in the phone's newest message, or null. */
    public static String lastCode(String phone) {
        String body = lastMessage(phone);
        if (body == null) {
            return null;
        }
        Matcher m = SIX_DIGITS.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    public static long messagesTo(String phone) {
        return Db.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", phone);
    }

    /** A fresh challenge answered right, as the form sends it. */
    public static ChallengeAnswer solved(ChallengeService challenges) {
        String token = challenges.issue();
        return new ChallengeAnswer(token, challengeAnswer(token));
    }

    // ---- server steps for the browser tests (Remote.call)

    /** The answer to the picture with this token. */
    public static String answerOf(String token) {
        return challengeAnswer(token);
    }

    /** The code last sent to the phone. */
    public static String codeSentTo(String phone) {
        return lastCode(phone);
    }

    /** The message last sent to the phone. */
    public static String messageTo(String phone) {
        return lastMessage(phone);
    }

    /** An individual registered through the service (phone confirmed), for the journeys that start with one. */
    public static Map<String, String> registeredIndividual(String prefix) throws NamingException {
        AccountService accounts = (AccountService) new InitialContext().lookup("java:global/zhicheng/zhicheng-ejb/DefaultAccountService!"
                + AccountService.class.getName());
        ChallengeService challenges = (ChallengeService) new InitialContext().lookup("java:global/zhicheng/zhicheng-ejb/DefaultChallengeService!"
                + ChallengeService.class.getName());
        return register(accounts, challenges, prefix);
    }

    static Map<String, String> register(AccountService accounts, ChallengeService challenges, String prefix) {
        String phone = phone();
        String id = residentId();
        String username = username(prefix);
        accounts.sendRegistrationCode(phone, solved(challenges), "10.1.0.1");
        accounts.registerIndividual(new IndividualRegistration("测试注册", id, phone, username, PASSWORD, PASSWORD,
                lastCode(phone)), "10.1.0.1");
        Map<String, String> who = new HashMap<>();
        who.put("username", username);
        who.put("phone", phone);
        who.put("idNumber", id);
        who.put("password", PASSWORD);
        return who;
    }

    /** Sets an initial password (as an administrator's reset does): the next login must change it. */
    public static String initialPassword(String username, String password) {
        Db.update("UPDATE user_account SET password_hash = ?, password_change_required = TRUE WHERE username = ?",
                new cn.zhicheng.infrastructure.security.PasswordHasher().hash(password.toCharArray()), username);
        return "ok";
    }

    public static String newPhone() {
        return phone();
    }

    public static String newResidentId() {
        return residentId();
    }

    public static String newCreditCode() {
        return creditCode();
    }

    public static String newUsername(String prefix) {
        return username(prefix);
    }

    public static String failedAttempts(String username) {
        return String.valueOf(Db.count("SELECT failed_attempts FROM user_account WHERE username = ?", username));
    }

    public static String eventCount(String username, String type) {
        return String.valueOf(Db.count("SELECT COUNT(*) FROM security_event WHERE username = ? AND event_type = ?",
                username, type));
    }

    /** Drops the phone's codes (the minute's limit), as a minute passing would. */
    public static String forgetCodes(String phone) {
        Db.update("DELETE FROM one_time_code WHERE phone = ?", phone);
        return "ok";
    }
}
