package cn.zhicheng.application.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.domain.model.account.AccountRefusal;
import cn.zhicheng.domain.model.account.OneTimeCode;
import cn.zhicheng.domain.shared.MessageKey;

/**
 * Issues and checks one-time codes in the database: the limits per phone (one a minute, ten a calendar day) count
 * the rows of every purpose, so that they hold on every node; a try is counted in its own transaction, so that the
 * refusal that follows a wrong code does not roll the count back.
 */
@Stateless
@PermitAll
public class OneTimeCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** A new code for the phone (in the caller's transaction), or a refusal on field {@code phone} past a limit. */
    public String issue(String phone, OneTimeCode.Purpose purpose, String subject) {
        LocalDateTime now = LocalDateTime.now(clock);
        long lastMinute = em.createQuery("SELECT COUNT(c) FROM OneTimeCode c WHERE c.phone = :p AND c.createdAt > :t",
                Long.class).setParameter("p", phone).setParameter("t", now.minus(OneTimeCode.RESEND_INTERVAL))
                .getSingleResult();
        if (lastMinute > 0) {
            throw new AccountRefusal("phone", MessageKey.CODE_SEND_TOO_SOON);
        }
        long today = em.createQuery("SELECT COUNT(c) FROM OneTimeCode c WHERE c.phone = :p AND c.createdAt >= :t",
                Long.class).setParameter("p", phone).setParameter("t", now.toLocalDate().atStartOfDay())
                .getSingleResult();
        if (today >= OneTimeCode.MAX_PER_DAY) {
            throw new AccountRefusal("phone", MessageKey.CODE_DAILY_LIMIT);
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        em.persist(new OneTimeCode(phone, purpose, subject, hash(code, null), now));
        return code;
    }

    /** One try at the phone's latest code of this purpose (and subject); a wrong or spent code is a refusal. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OneTimeCode.Check check(String phone, OneTimeCode.Purpose purpose, String subject, String code) {
        String sql = "SELECT c.id FROM OneTimeCode c WHERE c.phone = :p AND c.purpose = :purpose"
                + (subject == null ? "" : " AND c.subject = :s") + " ORDER BY c.createdAt DESC, c.id DESC";
        var query = em.createQuery(sql, Long.class).setParameter("p", phone).setParameter("purpose", purpose)
                .setMaxResults(1);
        if (subject != null) {
            query.setParameter("s", subject);
        }
        List<Long> latest = query.getResultList();
        if (latest.isEmpty()) {
            return OneTimeCode.Check.WRONG;
        }
        // locked by its key: H2 refuses FOR UPDATE together with a row limit
        OneTimeCode otc = em.find(OneTimeCode.class, latest.get(0), LockModeType.PESSIMISTIC_WRITE);
        boolean matches = code != null && code.strip().matches("\\d{6}")
                && MessageDigest.isEqual(otc.getCodeHash().getBytes(StandardCharsets.US_ASCII),
                        hash(code.strip(), otc.getCodeHash()).getBytes(StandardCharsets.US_ASCII));
        return otc.attempt(matches, LocalDateTime.now(clock));
    }

    /** Throws the refusal (on field {@code code}) for anything but an accepted try. */
    public void require(String phone, OneTimeCode.Purpose purpose, String subject, String code) {
        if (code == null || code.isBlank()) {
            throw new AccountRefusal("code", MessageKey.CODE_REQUIRED);
        }
        // through the container, so that the try is counted in its own transaction
        OneTimeCode.Check check = session.getBusinessObject(OneTimeCodes.class).check(phone, purpose, subject, code);
        if (check == OneTimeCode.Check.TOO_MANY_TRIES) {
            throw new AccountRefusal("code", MessageKey.CODE_TOO_MANY_TRIES);
        }
        if (check != OneTimeCode.Check.ACCEPTED) {
            throw new AccountRefusal("code", MessageKey.CODE_INVALID);
        }
    }

    /** {@code salt$sha256(salt + code)}; the salt is new for a new code, taken from the stored value for a check. */
    private static String hash(String code, String stored) {
        String salt;
        if (stored == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            salt = HexFormat.of().formatHex(bytes);
        } else {
            salt = stored.substring(0, stored.indexOf('$'));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((salt + code).getBytes(StandardCharsets.US_ASCII));
            return salt + "$" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
