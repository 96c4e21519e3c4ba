package cn.zhicheng.application.internal;

import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.audit.SecurityEvent;
import cn.zhicheng.domain.model.party.HandlerGrant;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.UserAccount;
import cn.zhicheng.infrastructure.security.SecurityAudit;

/**
 * The one place that maps an account to an {@link Actor}, and the EJB caller to an account: from the database,
 * never from anything the client sent. A caller without an account who runs in role {@link Role#SYSTEM} (a
 * {@code @RunAs} bean: the deadline job, the payment notification) is the platform itself; an account never is,
 * and a disabled account is refused everything.
 */
@Dependent
public class CurrentActor {

    @Resource
    private SessionContext session;

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    SecurityAudit audit;

    public Actor get() {
        Optional<UserAccount> account = callerAccount();
        if (account.isPresent()) {
            if (!account.get().isEnabled()) {
                // a session opened before the account was disabled keeps its identity: the database decides
                audit.record(account.get().getUsername(), SecurityEvent.Type.ACTION_REFUSED, null, "account disabled");
                throw new RecordedAccessException("账号已停用");
            }
            return of(account.get());
        }
        if (session.isCallerInRole(Role.SYSTEM_NAME)) {
            return Actor.system();
        }
        throw new EJBAccessException("调用者没有有效账号");
    }

    /** The account the caller's name belongs to, enabled or not; empty for the platform and anonymous callers. */
    public Optional<UserAccount> callerAccount() {
        Principal principal = session.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        List<UserAccount> accounts = em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :name",
                UserAccount.class).setParameter("name", principal.getName()).getResultList();
        return accounts.stream().findFirst();
    }

    /** The actor an enabled account acts as: its role and the ids that scope it, with a handler's grants. */
    public Actor of(UserAccount a) {
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
