package cn.zhicheng.domain.model.account;

import java.time.LocalDateTime;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.zhicheng.domain.model.party.UserAccount;

/**
 * The lockout counter of a login name that is no account: it counts and locks exactly as {@link UserAccount} does, so
 * the answers (用户名或密码错误, then 已被锁定) do not tell a real name from an unknown one.
 */
@Entity
@Table(name = "login_name_counter")
@Cacheable(false)
public class LoginNameCounter {

    @Id
    @Column(name = "name_key")
    private String nameKey;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Version
    private long version;

    protected LoginNameCounter() {
    }

    public LoginNameCounter(String nameKey) {
        this.nameKey = nameKey;
    }

    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Same rule as {@link UserAccount#recordFailedLogin}. */
    public boolean recordFailedLogin(LocalDateTime now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedAttempts = 0;
            lockedUntil = null;
        }
        failedAttempts++;
        if (failedAttempts >= UserAccount.MAX_FAILED_ATTEMPTS) {
            lockedUntil = now.plus(UserAccount.LOCK_DURATION);
            return true;
        }
        return false;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }
}
