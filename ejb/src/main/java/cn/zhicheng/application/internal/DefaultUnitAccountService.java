package cn.zhicheng.application.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.InitialPassword;
import cn.zhicheng.application.NewHandler;
import cn.zhicheng.application.Page;
import cn.zhicheng.application.UnitAccess;
import cn.zhicheng.application.UnitAccountService;
import cn.zhicheng.application.UnitUser;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.party.BusinessItem;
import cn.zhicheng.domain.model.party.HandlerGrant;
import cn.zhicheng.domain.model.party.ResidentId;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.Unit;
import cn.zhicheng.domain.model.party.UnitMenu;
import cn.zhicheng.domain.model.party.UnitRefusedException;
import cn.zhicheng.domain.model.party.UserAccount;
import cn.zhicheng.domain.model.party.PasswordPolicy;
import cn.zhicheng.domain.model.party.Username;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.infrastructure.security.PasswordHasher;

/**
 * 权限管理: open to both unit roles so that a handler who calls it is refused by {@link UnitGrants} (recorded), not by
 * a bare role check; everything but {@link #myAccess()} is the admin's, on the admin's own unit only.
 */
@Stateless
@RolesAllowed({Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME})
public class DefaultUnitAccountService implements UnitAccountService {

    static final String FUNCTION = "权限管理";
    static final int MAX_PAGE_SIZE = 100;


    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    UnitGrants grants;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Override
    public UnitAccess myAccess() {
        Actor actor = currentActor.get();
        if (actor.role() == Role.UNIT_ADMIN) {
            return new UnitAccess(actor.role(), Set.of(HandlerGrant.TITLE_REVIEW_ITEM), EnumSet.allOf(UnitMenu.class));
        }
        return new UnitAccess(actor.role(), actor.grants(), grants.menus(actor.username()));
    }

    @Override
    public Page<UnitUser> users(int first, int pageSize) {
        Actor admin = admin("users");
        long total = em.createQuery("SELECT COUNT(a) FROM UserAccount a WHERE a.unit.id = :unit", Long.class)
                .setParameter("unit", admin.unitId()).getSingleResult();
        // the admin first (UNIT_ADMIN sorts before UNIT_HANDLER), then by user name
        List<Object[]> rows = em.createQuery("SELECT a.id, a.username, a.displayName, a.idNumber, a.role, a.enabled, "
                        + "a.passwordChangeRequired FROM UserAccount a WHERE a.unit.id = :unit "
                        + "ORDER BY a.role, a.username, a.id", Object[].class)
                .setParameter("unit", admin.unitId())
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE))
                .getResultList();
        Map<Long, Set<String>> items = new HashMap<>();
        Map<Long, Set<UnitMenu>> menus = new HashMap<>();
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        if (!ids.isEmpty()) {
            // the page's grants in one query, not one per row
            for (Object[] g : em.createQuery("SELECT g.account.id, g.kind, g.code FROM HandlerGrant g "
                    + "WHERE g.account.id IN :ids", Object[].class).setParameter("ids", ids).getResultList()) {
                long id = (Long) g[0];
                if (g[1] == HandlerGrant.Kind.BUSINESS_ITEM) {
                    items.computeIfAbsent(id, k -> new HashSet<>()).add((String) g[2]);
                } else {
                    menu((String) g[2]).ifPresent(m -> menus.computeIfAbsent(id, k -> EnumSet.noneOf(UnitMenu.class)).add(m));
                }
            }
        }
        List<UnitUser> users = new ArrayList<>();
        for (Object[] r : rows) {
            long id = (Long) r[0];
            users.add(new UnitUser(id, (String) r[1], (String) r[2], (String) r[3], (Role) r[4], (Boolean) r[5],
                    (Boolean) r[6], items.getOrDefault(id, Set.of()), menus.getOrDefault(id, Set.of())));
        }
        return new Page<>(users, total);
    }

    @Override
    public InitialPassword createHandler(NewHandler handler) {
        Actor admin = admin("createHandler");
        String username = handler.username() == null ? "" : handler.username().strip();
        if (!Username.isValid(username)) {
            throw UnitRefusedException.onField("username", MessageKey.ACCOUNT_USERNAME_INVALID);
        }
        if (!em.createQuery("SELECT a.id FROM UserAccount a WHERE LOWER(a.username) = :name", Long.class)
                .setParameter("name", username.toLowerCase()).getResultList().isEmpty()) {
            throw UnitRefusedException.onField("username", MessageKey.ACCOUNT_USERNAME_TAKEN, username);
        }
        String name = handler.name() == null ? "" : handler.name().strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > 50) {
            throw UnitRefusedException.onField("name", MessageKey.ACCOUNT_NAME_REQUIRED);
        }
        String idNumber = handler.idNumber() == null ? "" : handler.idNumber().strip().toUpperCase();
        if (!ResidentId.isValid(idNumber)) {
            throw UnitRefusedException.onField("idNumber", MessageKey.ACCOUNT_ID_NUMBER_INVALID, idNumber);
        }
        String password = newPassword();
        UserAccount account = UserAccount.handler(username, em.find(Unit.class, admin.unitId()), name, idNumber,
                hasher.hash(password.toCharArray()), now());
        em.persist(account);
        em.flush();
        return new InitialPassword(account.getId(), username, password);
    }

    @Override
    public InitialPassword resetPassword(long accountId) {
        UserAccount account = handlerOf(admin("resetPassword " + accountId), accountId);
        String password = newPassword();
        account.setInitialPassword(hasher.hash(password.toCharArray()));
        return new InitialPassword(account.getId(), account.getUsername(), password);
    }

    @Override
    public void setEnabled(long accountId, boolean enabled) {
        UserAccount account = handlerOf(admin("setEnabled " + accountId), accountId);
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
    }

    @Override
    public UnitUser grant(long accountId, Set<String> businessItems, Set<UnitMenu> menus) {
        Actor admin = admin("grant " + accountId);
        UserAccount account = handlerOf(admin, accountId);
        Set<String> items = new HashSet<>(businessItems == null ? Set.of() : businessItems);
        for (String code : items) {
            if (BusinessItem.ofCode(code).isEmpty()) {
                throw new UnitRefusedException(MessageKey.GRANT_ITEM_NOT_AVAILABLE, code);
            }
        }
        Set<UnitMenu> wanted = EnumSet.noneOf(UnitMenu.class);
        if (menus != null) {
            wanted.addAll(menus);
        }
        List<HandlerGrant> held = em.createQuery("SELECT g FROM HandlerGrant g WHERE g.account = :a", HandlerGrant.class)
                .setParameter("a", account).getResultList();
        Set<String> keep = new HashSet<>();
        for (HandlerGrant g : held) {
            boolean stays = g.getKind() == HandlerGrant.Kind.BUSINESS_ITEM ? items.contains(g.getCode())
                    : menu(g.getCode()).map(wanted::contains).orElse(false);
            if (stays) {
                keep.add(g.getKind() + ":" + g.getCode());
            } else {
                em.remove(g);
            }
        }
        LocalDateTime now = now();
        for (String code : items) {
            if (!keep.contains(HandlerGrant.Kind.BUSINESS_ITEM + ":" + code)) {
                em.persist(new HandlerGrant(account, HandlerGrant.Kind.BUSINESS_ITEM, code, admin.username(), now));
            }
        }
        for (UnitMenu m : wanted) {
            if (!keep.contains(HandlerGrant.Kind.MENU + ":" + m.name())) {
                em.persist(new HandlerGrant(account, HandlerGrant.Kind.MENU, m.name(), admin.username(), now));
            }
        }
        em.flush();
        return new UnitUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getIdNumber(),
                account.getRole(), account.isEnabled(), account.isPasswordChangeRequired(), items, wanted);
    }

    private Actor admin(String what) {
        Actor actor = currentActor.get();
        grants.requireAdmin(actor, FUNCTION, what);
        return actor;
    }

    /** A handler of the admin's unit, locked for the change; anything else is answered as not found. */
    private UserAccount handlerOf(Actor admin, long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || account.getUnit() == null || !account.getUnit().getId().equals(admin.unitId())) {
            throw new UnitRefusedException(MessageKey.ACCOUNT_NOT_FOUND);
        }
        if (account.getRole() != Role.UNIT_HANDLER) {
            throw new UnitRefusedException(MessageKey.ACCOUNT_NOT_HANDLER);
        }
        return account;
    }

    private static Optional<UnitMenu> menu(String code) {
        for (UnitMenu m : UnitMenu.values()) {
            if (m.name().equals(code)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The platform's one generator of initial passwords ({@link PasswordPolicy}). */
    static String newPassword() {
        return PasswordPolicy.initial();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
