package cn.zhicheng.application.internal;

import java.time.LocalDateTime;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.domain.model.account.LoginNameCounter;
import cn.zhicheng.domain.model.party.UserAccount;

/**
 * The lockout counters, each change a short transaction holding the row's write lock only for the update: the
 * password hash is computed before, outside any lock and transaction (50 parallel attempts on one account used to
 * queue on the lock with the hash inside it and exhaust the connection pool).
 */
@Stateless
@PermitAll
public class LoginCounters {

    /** What a counted attempt gave, read under the lock. */
    public enum Result { COUNTED, LOCKED_NOW, ALREADY_LOCKED, SUCCEEDED }

    public record Counted(Result result, LocalDateTime lockedUntil, int failedAttempts, boolean passwordChangeRequired,
                          int sessionEpoch) {
    }

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    /** A wrong password for the account; a lock set by a concurrent attempt meanwhile is not counted again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Counted failed(long accountId, LocalDateTime now) {
        UserAccount account = em.find(UserAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account.isLockedAt(now)) {
            return new Counted(Result.ALREADY_LOCKED, account.getLockedUntil(), account.getFailedAttempts(), false, 0);
        }
        boolean lockedNow = account.recordFailedLogin(now);
        return new Counted(lockedNow ? Result.LOCKED_NOW : Result.COUNTED, account.getLockedUntil(),
                account.getFailedAttempts(), false, 0);
    }

    /** The right password: unless a concurrent attempt locked the account meanwhile, the count starts again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Counted succeeded(long accountId, LocalDateTime now) {
        UserAccount account = em.find(UserAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account.isLockedAt(now)) {
            return new Counted(Result.ALREADY_LOCKED, account.getLockedUntil(), account.getFailedAttempts(), false, 0);
        }
        account.recordSuccessfulLogin(now);
        return new Counted(Result.SUCCEEDED, null, 0, account.isPasswordChangeRequired(), account.getSessionEpoch());
    }

    /** A failure for a name that is no account, counted exactly like a real one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Counted unknownFailed(String nameKey, LocalDateTime now) {
        LoginNameCounter counter = em.find(LoginNameCounter.class, nameKey, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new LoginNameCounter(nameKey);
            em.persist(counter);
            em.flush(); // a concurrent first failure for the same name fails here, and the caller counts again
        }
        if (counter.isLockedAt(now)) {
            return new Counted(Result.ALREADY_LOCKED, counter.getLockedUntil(), 0, false, 0);
        }
        boolean lockedNow = counter.recordFailedLogin(now);
        return new Counted(lockedNow ? Result.LOCKED_NOW : Result.COUNTED, counter.getLockedUntil(), 0, false, 0);
    }

    /** Whether the name (no account) is locked now. */
    public LocalDateTime unknownLockedUntil(String nameKey, LocalDateTime now) {
        LoginNameCounter counter = em.find(LoginNameCounter.class, nameKey);
        return counter != null && counter.isLockedAt(now) ? counter.getLockedUntil() : null;
    }
}
