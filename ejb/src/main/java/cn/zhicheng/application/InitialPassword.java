package cn.zhicheng.application;

import java.io.Serializable;

/**
 * A one-time password the service generated for a handler (new, or reset): shown once to the admin, stored only as
 * a hash, and to be changed by the handler at the first login.
 */
public record InitialPassword(long accountId, String username, String password) implements Serializable {

    @Override
    public String toString() {
        // never in a log line
        return "InitialPassword[" + accountId + ", " + username + "]";
    }
}
