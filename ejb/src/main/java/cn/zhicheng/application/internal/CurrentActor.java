package cn.zhicheng.application.internal;

import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.party.HandlerGrant;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.UserAccount;

/**
 * Resolves the authenticated caller of the current EJB invocation into an {@link Actor} with its scope, from
 * the database. A caller running as SYS_ADMIN without an account (timers, batch) is the platform itself.
 */
@Dependent
public class CurrentActor {

    @Resource
    private SessionContext session;

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    public Actor get() {
        Principal principal = session.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        List<UserAccount> accounts = name == null ? List.of()
                : em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :name AND a.enabled = TRUE",
                        UserAccount.class).setParameter("name", name).getResultList();
        if (accounts.isEmpty()) {
            if (session.isCallerInRole(Role.SYS_ADMIN_NAME)) {
                return Actor.system();
            }
            throw new EJBAccessException("调用者没有有效账号");
        }
        UserAccount a = accounts.get(0);
        Set<String> grants = new HashSet<>();
        if (a.getRole() == Role.UNIT_HANDLER) {
            grants.addAll(em.createQuery("SELECT g.code FROM HandlerGrant g WHERE g.account = :a AND g.kind = :kind",
                            String.class)
                    .setParameter("a", a).setParameter("kind", HandlerGrant.Kind.BUSINESS_ITEM).getResultList());
        }
        return new Actor(a.getUsername(), a.getRole(),
                a.getPerson() == null ? null : a.getPerson().getId(),
                a.getUnit() == null ? null : a.getUnit().getId(),
                a.getOffice() == null ? null : a.getOffice().getId(),
                a.getCommittee() == null ? null : a.getCommittee().getId(),
                grants);
    }
}
