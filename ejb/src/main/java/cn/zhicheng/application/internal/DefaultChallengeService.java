package cn.zhicheng.application.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.account.ChallengeAnswer;
import cn.zhicheng.application.account.ChallengeService;
import cn.zhicheng.domain.model.account.LoginChallenge;
import cn.zhicheng.domain.model.audit.SecurityEvent;
import cn.zhicheng.infrastructure.security.ChallengePicture;
import cn.zhicheng.infrastructure.security.SecurityAudit;

/**
 * Challenges in the database (any node can check an answer to a picture another served). Login needs one after
 * {@link #FAILURES_BEFORE_CHALLENGE} failures for the name or from the client within {@link #WINDOW} since their
 * last success, counted from {@code security_event}.
 */
@Stateless
@PermitAll
public class DefaultChallengeService implements ChallengeService {

    public static final int FAILURES_BEFORE_CHALLENGE = 2;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SecurityAudit audit;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String issue() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        StringBuilder answer = new StringBuilder();
        for (int i = 0; i < LoginChallenge.DIGITS; i++) {
            answer.append(RANDOM.nextInt(10));
        }
        em.persist(new LoginChallenge(token, answer.toString(), LocalDateTime.now(clock)));
        return token;
    }

    @Override
    public byte[] picture(String token) {
        LoginChallenge challenge = find(token, false);
        return challenge == null || !challenge.isOpenAt(LocalDateTime.now(clock)) ? null
                : ChallengePicture.png(challenge.getAnswer());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean verify(ChallengeAnswer answer, String username, String remoteAddress) {
        LoginChallenge challenge = answer == null || answer.token() == null ? null : find(answer.token(), true);
        boolean right = challenge != null && challenge.answer(answer.answer(), LocalDateTime.now(clock));
        if (!right) {
            audit.record(username, SecurityEvent.Type.CHALLENGE_FAILED, remoteAddress,
                    challenge == null ? "no open challenge" : "wrong answer");
        }
        return right;
    }

    @Override
    public boolean requiredForLogin(String username, String clientKey) {
        LocalDateTime since = LocalDateTime.now(clock).minus(WINDOW);
        String name = username == null ? "" : username.strip();
        return (!name.isEmpty() && failuresSinceSuccess("username", name, since) >= FAILURES_BEFORE_CHALLENGE)
                || (clientKey != null && !clientKey.isBlank()
                        && failuresSinceSuccess("clientKey", clientKey, since) >= FAILURES_BEFORE_CHALLENGE);
    }

    private long failuresSinceSuccess(String column, String value, LocalDateTime since) {
        LocalDateTime lastSuccess = em.createQuery("SELECT MAX(e.occurredAt) FROM SecurityEvent e WHERE e." + column
                        + " = :v AND e.type = :success", LocalDateTime.class)
                .setParameter("v", value).setParameter("success", SecurityEvent.Type.LOGIN_SUCCESS).getSingleResult();
        LocalDateTime from = lastSuccess != null && lastSuccess.isAfter(since) ? lastSuccess : since;
        return em.createQuery("SELECT COUNT(e) FROM SecurityEvent e WHERE e." + column + " = :v AND e.type IN :failed "
                        + "AND e.occurredAt > :from", Long.class)
                .setParameter("v", value)
                .setParameter("failed", List.of(SecurityEvent.Type.LOGIN_FAILURE, SecurityEvent.Type.ACCOUNT_LOCKED,
                        SecurityEvent.Type.LOGIN_REFUSED_LOCKED))
                .setParameter("from", from).getSingleResult();
    }

    private LoginChallenge find(String token, boolean lock) {
        var query = em.createQuery("SELECT c FROM LoginChallenge c WHERE c.token = :t", LoginChallenge.class)
                .setParameter("t", token);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        List<LoginChallenge> found = query.getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
