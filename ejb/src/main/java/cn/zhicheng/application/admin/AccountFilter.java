package cn.zhicheng.application.admin;

import cn.zhicheng.domain.model.party.Role;
import java.io.Serializable;

/**
 * 账户管理's search: user name or display name starting with {@code text}; the role; the state
 * ({@code null} any, {@code ENABLED}, {@code DISABLED}, {@code LOCKED}).
 */
public record AccountFilter(String text, Role role, State state) implements Serializable {

    public enum State { ENABLED, DISABLED, LOCKED }

    public AccountFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static AccountFilter none() {
        return new AccountFilter(null, null, null);
    }
}
