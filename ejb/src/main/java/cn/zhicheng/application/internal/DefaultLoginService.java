package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import cn.zhicheng.application.LoginOutcome;
import cn.zhicheng.application.LoginService;
import cn.zhicheng.domain.model.audit.SecurityEvent;
import cn.zhicheng.domain.model.party.AccountType;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.infrastructure.security.PasswordHasher;
import cn.zhicheng.infrastructure.security.SecurityAudit;

/**
 * Runs before anyone is authenticated (hence {@code @PermitAll}) and outside any transaction: the throttles are read
 * first, then the password hash is computed with no lock and no connection held, and only the counter's update takes
 * the row's write lock ({@link LoginCounters}), so that concurrent attempts on any node count correctly without
 * queueing on the lock. Unknown names spend a hash and are counted and locked like real ones.
 */
@Stateless
@PermitAll
public class DefaultLoginService implements LoginService {

    /** Failures from one address within {@link #ADDRESS_WINDOW} before it is throttled (a unit's staff share one). */
    public static final int ADDRESS_LIMIT = 30;
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(5);
    /** Attempts for one name within {@link #NAME_WINDOW} before it is throttled (behind the lockout, for bursts). */
    public static final int NAME_LIMIT = 10;
    public static final Duration NAME_WINDOW = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecurityAudit audit;

    @Inject
    Clock clock;

    @EJB
    LoginCounters counters;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LoginOutcome attempt(String username, char[] password, AccountType tab, String remoteAddress) {
        return attempt(username, password, tab, remoteAddress, null);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LoginOutcome attempt(String username, char[] password, AccountType tab, String remoteAddress,
                                String clientKey) {
        LocalDateTime now = LocalDateTime.now(clock);
        String name = username == null ? "" : username.trim();
        if (throttled(name, remoteAddress, now)) {
            audit.record(name, SecurityEvent.Type.LOGIN_THROTTLED, remoteAddress, "too many attempts", clientKey);
            return LoginOutcome.throttled();
        }
        // a scalar read: always from the database, never from a cache, and no lock
        List<Object[]> found = em.createQuery("SELECT a.id, a.passwordHash, a.enabled, a.lockedUntil, a.accountType, "
                        + "a.role, a.displayName, a.username FROM UserAccount a WHERE a.username = :name", Object[].class)
                .setParameter("name", name).getResultList();
        if (found.isEmpty() || !Boolean.TRUE.equals(found.get(0)[2])) {
            return unknown(name, password, remoteAddress, clientKey, now);
        }
        Object[] account = found.get(0);
        long id = (Long) account[0];
        LocalDateTime lockedUntil = (LocalDateTime) account[3];
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            audit.record(name, SecurityEvent.Type.LOGIN_REFUSED_LOCKED, remoteAddress, "locked until " + lockedUntil, clientKey);
            return LoginOutcome.locked(lockedUntil);
        }
        boolean right = hasher.verify(password, (String) account[1]);
        if (!right) {
            LoginCounters.Counted counted = counters.failed(id, LocalDateTime.now(clock));
            return failure(name, counted, remoteAddress, clientKey);
        }
        if (account[4] != tab) {
            audit.record(name, SecurityEvent.Type.LOGIN_REFUSED_WRONG_TAB, remoteAddress, "tab " + tab, clientKey);
            return LoginOutcome.wrongTab((AccountType) account[4]);
        }
        LoginCounters.Counted counted = counters.succeeded(id, LocalDateTime.now(clock));
        if (counted.result() == LoginCounters.Result.ALREADY_LOCKED) {
            audit.record(name, SecurityEvent.Type.LOGIN_REFUSED_LOCKED, remoteAddress,
                    "locked until " + counted.lockedUntil(), clientKey);
            return LoginOutcome.locked(counted.lockedUntil());
        }
        Role role = (Role) account[5];
        audit.record(name, SecurityEvent.Type.LOGIN_SUCCESS, remoteAddress, role.name(), clientKey);
        return LoginOutcome.success((String) account[7], role, (String) account[6], counted.passwordChangeRequired(),
                counted.sessionEpoch());
    }

    private LoginOutcome unknown(String name, char[] password, String remoteAddress, String clientKey,
                                 LocalDateTime now) {
        String key = name.toLowerCase(Locale.ROOT);
        key = key.length() <= 60 ? key : key.substring(0, 60);
        LocalDateTime lockedUntil = counters.unknownLockedUntil(key, now);
        if (lockedUntil != null) {
            audit.record(name, SecurityEvent.Type.LOGIN_REFUSED_LOCKED, remoteAddress, "locked until " + lockedUntil, clientKey);
            return LoginOutcome.locked(lockedUntil);
        }
        hasher.burn(password);
        LoginCounters.Counted counted;
        try {
            counted = counters.unknownFailed(key, LocalDateTime.now(clock));
        } catch (EJBException | PersistenceException firstFailureRace) {
            counted = counters.unknownFailed(key, LocalDateTime.now(clock)); // the row exists now
        }
        return failure(name, counted, remoteAddress, clientKey);
    }

    private LoginOutcome failure(String name, LoginCounters.Counted counted, String remoteAddress, String clientKey) {
        switch (counted.result()) {
            case ALREADY_LOCKED -> {
                audit.record(name, SecurityEvent.Type.LOGIN_REFUSED_LOCKED, remoteAddress,
                        "locked until " + counted.lockedUntil(), clientKey);
                return LoginOutcome.locked(counted.lockedUntil());
            }
            case LOCKED_NOW -> {
                audit.record(name, SecurityEvent.Type.LOGIN_FAILURE, remoteAddress, "wrong password", clientKey);
                audit.record(name, SecurityEvent.Type.ACCOUNT_LOCKED, remoteAddress,
                        "locked until " + counted.lockedUntil(), clientKey);
                return LoginOutcome.locked(counted.lockedUntil());
            }
            default -> {
                // the same detail for a real and an unknown name: the log does not tell them apart either
                audit.record(name, SecurityEvent.Type.LOGIN_FAILURE, remoteAddress, "wrong password", clientKey);
                return LoginOutcome.badCredentials();
            }
        }
    }

    private boolean throttled(String name, String remoteAddress, LocalDateTime now) {
        if (remoteAddress != null && em.createQuery("SELECT COUNT(e) FROM SecurityEvent e WHERE e.remoteAddress = :a "
                        + "AND e.type = :t AND e.occurredAt > :since", Long.class)
                .setParameter("a", remoteAddress).setParameter("t", SecurityEvent.Type.LOGIN_FAILURE)
                .setParameter("since", now.minus(ADDRESS_WINDOW)).getSingleResult() >= ADDRESS_LIMIT) {
            return true;
        }
        return !name.isEmpty() && em.createQuery("SELECT COUNT(e) FROM SecurityEvent e WHERE e.username = :n "
                        + "AND e.type IN :t AND e.occurredAt > :since", Long.class)
                .setParameter("n", name)
                .setParameter("t", List.of(SecurityEvent.Type.LOGIN_FAILURE, SecurityEvent.Type.LOGIN_REFUSED_LOCKED))
                .setParameter("since", now.minus(NAME_WINDOW)).getSingleResult() >= NAME_LIMIT;
    }

    @Override
    public void recordLogout(String username, String remoteAddress) {
        audit.record(username, SecurityEvent.Type.LOGOUT, remoteAddress, null);
    }

    @Override
    public void recordForbidden(String username, String remoteAddress, String uri) {
        audit.record(username, SecurityEvent.Type.WEB_FORBIDDEN, remoteAddress, "403 " + uri);
    }
}
