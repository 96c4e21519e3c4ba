package cn.zhicheng.application.admin;

import java.io.Serializable;

/**
 * An account created or its password reset: the initial password, shown once to the admin and never stored (only its
 * hash); the holder must change it at the first login.
 */
public record AccountIssued(long id, String username, String initialPassword) implements Serializable {

    @Override
    public String toString() {
        return "AccountIssued[" + username + "]";
    }
}
