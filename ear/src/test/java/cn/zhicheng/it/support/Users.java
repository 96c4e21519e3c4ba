package cn.zhicheng.it.support;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.concurrent.Callable;

import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.auth.server.ServerAuthenticationContext;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

import cn.zhicheng.domain.model.party.Role;

/**
 * Runs test code as a given account, inside the server: the identity comes from the application's security
 * domain (its JDBC realm reads the account's role from the database), exactly as the EJBs will see it. No
 * password is needed: the tests act as users, they do not log in (the login has its own tests).
 */
public final class Users {

    private Users() {
    }

    public static <T> T as(String username, Callable<T> work) throws Exception {
        return as(identity(username), work);
    }

    /** Runs as an identity obtained earlier (on another thread: the domain is found through the deployment). */
    public static <T> T as(SecurityIdentity identity, Callable<T> work) throws Exception {
        try {
            return identity.runAs((PrivilegedExceptionAction<T>) work::call);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    public static void run(String username, ThrowingRunnable work) throws Exception {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    /**
     * The platform's run-as identity as a {@code @RunAs(SYSTEM)} bean lends it: a name that is no account, in role
     * SYSTEM only. For calling internal methods the platform's beans call.
     */
    public static SecurityIdentity system() {
        return SecurityDomain.getCurrent().createAdHocIdentity("platform-under-test")
                .withDefaultRoleMapper(RoleMapper.constant(Roles.of(Role.SYSTEM_NAME)));
    }

    public static SecurityIdentity identity(String username) throws RealmUnavailableException {
        ServerAuthenticationContext context = SecurityDomain.getCurrent().createNewAuthenticationContext();
        context.setAuthenticationName(username);
        if (!context.exists() || !context.authorize()) {
            throw new IllegalArgumentException("no such account in the security domain: " + username);
        }
        context.succeed();
        return context.getAuthorizedIdentity();
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
