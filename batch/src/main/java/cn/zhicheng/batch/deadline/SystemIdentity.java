package cn.zhicheng.batch.deadline;

import java.security.PrivilegedAction;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

import cn.zhicheng.domain.model.party.Role;

/**
 * Runs work as the platform's own identity: the application domain's anonymous principal (no account) holding only
 * the role SYSTEM in the EJB category, the identity an {@code @RunAs(SYSTEM)} timer callback has. JBeret captures
 * the identity current at {@code start}/{@code restart} (batch-jberet's security domain is the application's), so
 * a job started here runs as the system, also when an admin asked for it by hand.
 */
public final class SystemIdentity {

    /** The role category WildFly's EJB container reads caller roles from. */
    private static final String EJB_ROLE_CATEGORY = "ejb";

    private SystemIdentity() {
    }

    public static <T> T call(PrivilegedAction<T> work) {
        SecurityIdentity system = SecurityDomain.getCurrent().getAnonymousSecurityIdentity()
                .withRoleMapper(EJB_ROLE_CATEGORY, RoleMapper.constant(Roles.of(Role.SYSTEM_NAME)));
        return system.runAs(work);
    }
}
