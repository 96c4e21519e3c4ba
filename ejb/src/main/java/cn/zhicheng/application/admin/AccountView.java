package cn.zhicheng.application.admin;

import cn.zhicheng.domain.model.party.Role;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One account as 账户管理 lists it: who, role and scope (unit, office, committee), and its state: enabled, locked
 * until (and {@code locked}: still, by the platform clock), failed attempts, last login, whether its password is an
 * initial one to change.
 */
public record AccountView(long id, String username, Role role, String displayName, String unitName,
                          String officeName, String committeeName, boolean enabled, LocalDateTime lockedUntil,
                          int failedAttempts, LocalDateTime lastLoginAt, LocalDateTime createdAt,
                          boolean passwordChangeRequired, boolean locked) implements Serializable {

    /** As the list query reads it; {@link #at} then says whether it is locked now. */
    public AccountView(long id, String username, Role role, String displayName, String unitName, String officeName,
                       String committeeName, boolean enabled, LocalDateTime lockedUntil, int failedAttempts,
                       LocalDateTime lastLoginAt, LocalDateTime createdAt, boolean passwordChangeRequired) {
        this(id, username, role, displayName, unitName, officeName, committeeName, enabled, lockedUntil, failedAttempts,
                lastLoginAt, createdAt, passwordChangeRequired, false);
    }

    /** This row with {@code locked} as of the platform clock's {@code now}. */
    public AccountView at(LocalDateTime now) {
        return new AccountView(id, username, role, displayName, unitName, officeName, committeeName, enabled, lockedUntil,
                failedAttempts, lastLoginAt, createdAt, passwordChangeRequired,
                lockedUntil != null && now.isBefore(lockedUntil));
    }

    /** 所属: the unit, office or committee the account acts for. */
    public String scope() {
        return unitName != null ? unitName : officeName != null ? officeName : committeeName != null ? committeeName : "";
    }
}
