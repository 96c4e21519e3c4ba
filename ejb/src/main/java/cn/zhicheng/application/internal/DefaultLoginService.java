package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.LoginOutcome;
import cn.zhicheng.application.LoginService;
import cn.zhicheng.domain.model.audit.SecurityEvent;
import cn.zhicheng.domain.model.party.AccountType;
import cn.zhicheng.domain.model.party.UserAccount;
import cn.zhicheng.infrastructure.security.PasswordHasher;
import cn.zhicheng.infrastructure.security.SecurityAudit;

/**
 * Runs before anyone is authenticated (hence {@code @PermitAll}) and outside any caller transaction: the
 * account row is read with a write lock, so that concurrent attempts on different nodes count correctly.
 */
@Stateless
@PermitAll
public class DefaultLoginService implements LoginService {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecurityAudit audit;

    @Inject
    Clock clock;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginOutcome attempt(String username, char[] password, AccountType tab, String remoteAddress) {
        LocalDateTime now = LocalDateTime.now(clock);
        String name = username == null ? "" : username.trim();
        List<UserAccount> found = em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :name", UserAccount.class)
                .setParameter("name", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty() || !found.get(0).isEnabled()) {
            hasher.burn(password);
            audit.record(name, SecurityEvent.Type.LOGIN_FAILURE, remoteAddress, "unknown or disabled account");
            return LoginOutcome.badCredentials();
        }
        UserAccount account = found.get(0);
        if (account.isLockedAt(now)) {
            audit.record(name, SecurityEvent.Type.LOGIN_REFUSED_LOCKED, remoteAddress, "locked until " + account.getLockedUntil());
            return LoginOutcome.locked(account.getLockedUntil());
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            boolean lockedNow = account.recordFailedLogin(now);
            audit.record(name, SecurityEvent.Type.LOGIN_FAILURE, remoteAddress,
                    "wrong password, " + account.getFailedAttempts() + " in a row");
            if (lockedNow) {
                audit.record(name, SecurityEvent.Type.ACCOUNT_LOCKED, remoteAddress, "locked until " + account.getLockedUntil());
                return LoginOutcome.locked(account.getLockedUntil());
            }
            return LoginOutcome.badCredentials();
        }
        if (account.getAccountType() != tab) {
            audit.record(name, SecurityEvent.Type.LOGIN_REFUSED_WRONG_TAB, remoteAddress, "tab " + tab);
            return LoginOutcome.wrongTab(account.getAccountType());
        }
        account.recordSuccessfulLogin(now);
        audit.record(name, SecurityEvent.Type.LOGIN_SUCCESS, remoteAddress, account.getRole().name());
        return LoginOutcome.success(account.getUsername(), account.getRole(), account.getDisplayName());
    }

    @Override
    public void recordLogout(String username, String remoteAddress) {
        audit.record(username, SecurityEvent.Type.LOGOUT, remoteAddress, null);
    }
}
