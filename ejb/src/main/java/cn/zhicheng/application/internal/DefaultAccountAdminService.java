package cn.zhicheng.application.internal;

import cn.zhicheng.application.CatalogueChoice;
import cn.zhicheng.application.Page;
import cn.zhicheng.application.admin.AccountAdminService;
import cn.zhicheng.application.admin.AccountEventView;
import cn.zhicheng.application.admin.AccountFilter;
import cn.zhicheng.application.admin.AccountIssued;
import cn.zhicheng.application.admin.AccountRefusedException;
import cn.zhicheng.application.admin.AccountView;
import cn.zhicheng.application.admin.NewAccountForm;
import cn.zhicheng.domain.model.audit.SecurityEvent;
import cn.zhicheng.domain.model.catalogue.Committee;
import cn.zhicheng.domain.model.catalogue.Office;
import cn.zhicheng.domain.model.party.IdType;
import cn.zhicheng.domain.model.party.Person;
import cn.zhicheng.domain.model.party.ResidentId;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.Unit;
import cn.zhicheng.domain.model.party.UserAccount;
import cn.zhicheng.domain.model.party.PasswordPolicy;
import cn.zhicheng.domain.model.party.Username;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.infrastructure.security.PasswordHasher;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * 账户管理 for the platform operator: JPQL constructor queries for the list (one query per page plus its count), the
 * account's intent methods for the changes, and one {@link SecurityEvent} per change in the same transaction (the
 * account's name; the admin and what changed in the detail; never a password).
 */
@Stateless
@RolesAllowed(Role.SYS_ADMIN_NAME)
public class DefaultAccountAdminService implements AccountAdminService {

    private static final List<Role> CREATABLE = List.of(Role.OFFICE, Role.BUREAU, Role.EXPERT, Role.UNIT_ADMIN);


    private static final String VIEW = "SELECT NEW cn.zhicheng.application.admin.AccountView(u.id, u.username, u.role, "
            + "u.displayName, un.name, o.name, c.name, u.enabled, u.lockedUntil, u.failedAttempts, u.lastLoginAt, "
            + "u.createdAt, u.passwordChangeRequired) FROM UserAccount u LEFT JOIN u.unit un LEFT JOIN u.office o "
            + "LEFT JOIN u.committee c";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @Inject
    PasswordHasher hasher;

    @Override
    public List<Role> creatableRoles() {
        return CREATABLE;
    }

    @Override
    public Page<AccountView> accounts(AccountFilter filter, int first, int pageSize) {
        AccountFilter f = filter == null ? AccountFilter.none() : filter;
        long total = bind(em.createQuery("SELECT COUNT(u) FROM UserAccount u" + where(f, false), Long.class), f)
                .getSingleResult();
        List<AccountView> rows = first >= total ? List.of()
                : bind(em.createQuery(VIEW + where(f, false) + " ORDER BY u.createdAt DESC, u.id DESC", AccountView.class), f)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), 100)).getResultList();
        LocalDateTime now = LocalDateTime.now(clock);
        return new Page<>(rows.stream().map(v -> v.at(now)).toList(), total);
    }

    @Override
    public List<AccountView> accountsAfter(AccountFilter filter, Long afterId, int max) {
        AccountFilter f = filter == null ? AccountFilter.none() : filter;
        return bind(em.createQuery(VIEW + where(f, true) + " ORDER BY u.id", AccountView.class), f)
                .setParameter("after", afterId == null ? 0L : afterId)
                .setMaxResults(Math.min(Math.max(1, max), 1000)).getResultList();
    }

    private static String where(AccountFilter f, boolean after) {
        List<String> all = new ArrayList<>();
        if (f.text() != null) {
            all.add("(u.username LIKE :text ESCAPE '\\' OR u.displayName LIKE :text ESCAPE '\\')");
        }
        if (f.role() != null) {
            all.add("u.role = :role");
        }
        if (f.state() != null) {
            all.add(switch (f.state()) {
                case ENABLED -> "u.enabled = TRUE";
                case DISABLED -> "u.enabled = FALSE";
                case LOCKED -> "u.lockedUntil > :now";
            });
        }
        if (after) {
            all.add("u.id > :after");
        }
        return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> q, AccountFilter f) {
        if (f.text() != null) {
            q.setParameter("text", f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.role() != null) {
            q.setParameter("role", f.role());
        }
        if (f.state() == AccountFilter.State.LOCKED) {
            q.setParameter("now", LocalDateTime.now(clock));
        }
        return q;
    }

    @Override
    public AccountIssued create(NewAccountForm form) {
        String username = form.getUsername() == null ? "" : form.getUsername().strip();
        if (!Username.isValid(username)) {
            throw new AccountRefusedException("username", MessageKey.ACCOUNT_USERNAME_INVALID);
        }
        if (em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE LOWER(u.username) = :u", Long.class)
                .setParameter("u", username.toLowerCase()).getSingleResult() > 0) {
            throw new AccountRefusedException("username", MessageKey.ACCOUNT_USERNAME_TAKEN, username);
        }
        Role role = form.getRole();
        if (role == null || !CREATABLE.contains(role)) {
            throw new AccountRefusedException("role", MessageKey.ACCOUNT_ROLE_NOT_CREATABLE);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String password = initialPassword();
        String hash = hasher.hash(password.toCharArray());
        UserAccount account = switch (role) {
            case OFFICE -> UserAccount.ofOffice(username, scope("officeId", "日常工作部门", form.getOfficeId(), Office.class),
                    displayName(form, true), hash, now);
            case BUREAU -> UserAccount.ofAuthority(username, Role.BUREAU, displayName(form, true), hash, now);
            case UNIT_ADMIN -> UserAccount.ofUnit(username, Role.UNIT_ADMIN,
                    scope("unitId", "单位", form.getUnitId(), Unit.class), displayName(form, true), hash, now);
            case EXPERT -> UserAccount.expert(username, scope("committeeId", "评委会", form.getCommitteeId(), Committee.class),
                    person(form), form.getUnitId() == null ? null : scope("unitId", "单位", form.getUnitId(), Unit.class),
                    hash, now);
            default -> throw new AccountRefusedException("role", MessageKey.ACCOUNT_ROLE_NOT_CREATABLE);
        };
        account.setInitialPassword(hash);
        em.persist(account);
        em.flush();
        record(username, SecurityEvent.Type.ACCOUNT_CREATED, "角色：" + role.label() + "；姓名：" + account.getDisplayName());
        return new AccountIssued(account.getId(), username, password);
    }

    private String displayName(NewAccountForm form, boolean required) {
        return DefaultCatalogueAdminService.text("displayName", "姓名/名称", form.getDisplayName(), 100, required);
    }

    private Person person(NewAccountForm form) {
        String idNumber = form.getIdNumber() == null ? "" : form.getIdNumber().strip().toUpperCase();
        if (!ResidentId.isValid(idNumber)) {
            throw new AccountRefusedException("idNumber", MessageKey.ACCOUNT_ID_NUMBER_INVALID, idNumber);
        }
        List<Person> found = em.createQuery("SELECT p FROM Person p WHERE p.idNumber = :n", Person.class)
                .setParameter("n", idNumber).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        String name = DefaultCatalogueAdminService.text("personName", "专家姓名", form.getPersonName(), 50, true);
        Person person = new Person(name, IdType.RESIDENT_ID, idNumber);
        em.persist(person);
        return person;
    }

    private <T> T scope(String field, String label, Long id, Class<T> type) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new AccountRefusedException(field, MessageKey.ACCOUNT_SCOPE_REQUIRED, label);
        }
        return found;
    }

    @Override
    public void disable(long accountId) {
        UserAccount account = account(accountId);
        if (account.getUsername().equals(session.getCallerPrincipal().getName())) {
            throw new AccountRefusedException(null, MessageKey.ACCOUNT_OWN);
        }
        account.disable();
        record(account.getUsername(), SecurityEvent.Type.ACCOUNT_DISABLED, null);
    }

    @Override
    public void enable(long accountId) {
        UserAccount account = account(accountId);
        account.enable();
        record(account.getUsername(), SecurityEvent.Type.ACCOUNT_ENABLED, null);
    }

    @Override
    public void unlock(long accountId) {
        UserAccount account = account(accountId);
        account.unlock();
        record(account.getUsername(), SecurityEvent.Type.ACCOUNT_UNLOCKED, null);
    }

    @Override
    public AccountIssued resetPassword(long accountId) {
        UserAccount account = account(accountId);
        String password = initialPassword();
        account.setInitialPassword(hasher.hash(password.toCharArray()));
        account.unlock();
        record(account.getUsername(), SecurityEvent.Type.PASSWORD_RESET, "须在下次登录时修改密码");
        return new AccountIssued(accountId, account.getUsername(), password);
    }

    @Override
    public List<AccountEventView> events(long accountId) {
        UserAccount account = account(accountId);
        return em.createQuery("SELECT e FROM SecurityEvent e WHERE e.username = :u ORDER BY e.occurredAt DESC, e.id DESC",
                        SecurityEvent.class).setParameter("u", account.getUsername()).setMaxResults(50).getResultList()
                .stream().map(e -> new AccountEventView(e.getId(), e.getOccurredAt(), e.getType().name(), e.getDetail()))
                .toList();
    }

    @Override
    public List<CatalogueChoice> units() {
        return em.createQuery("SELECT NEW cn.zhicheng.application.CatalogueChoice(u.id, u.name) FROM Unit u ORDER BY u.name",
                CatalogueChoice.class).getResultList();
    }

    @Override
    public List<CatalogueChoice> offices() {
        return em.createQuery("SELECT NEW cn.zhicheng.application.CatalogueChoice(o.id, o.name) FROM Office o ORDER BY o.id",
                CatalogueChoice.class).getResultList();
    }

    @Override
    public List<CatalogueChoice> committees() {
        return em.createQuery("SELECT NEW cn.zhicheng.application.CatalogueChoice(c.id, c.name) FROM Committee c ORDER BY c.id",
                CatalogueChoice.class).getResultList();
    }

    private UserAccount account(long id) {
        // the row lock serialises an admin's change with a login counting failures on the same account
        UserAccount account = em.find(UserAccount.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new AccountRefusedException(null, MessageKey.ACCOUNT_NOT_FOUND);
        }
        return account;
    }

    private void record(String username, SecurityEvent.Type type, String detail) {
        String by = "操作人：" + session.getCallerPrincipal().getName();
        em.persist(new SecurityEvent(LocalDateTime.now(clock), username, type, null,
                detail == null ? by : by + "；" + detail));
    }

    /** The platform's one generator of initial passwords ({@link PasswordPolicy}). */
    static String initialPassword() {
        return PasswordPolicy.initial();
    }
}
