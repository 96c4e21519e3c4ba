package cn.zhicheng.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.application.CatalogueService;
import cn.zhicheng.application.WorkListFilter;
import cn.zhicheng.application.WorkListService;
import cn.zhicheng.application.WorkListSort;
import cn.zhicheng.application.admin.AccountAdminService;
import cn.zhicheng.application.admin.AccountFilter;
import cn.zhicheng.application.admin.AccountIssued;
import cn.zhicheng.application.admin.AccountRefusedException;
import cn.zhicheng.application.admin.AccountView;
import cn.zhicheng.application.admin.NewAccountForm;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.infrastructure.security.PasswordHasher;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.Users;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import java.time.LocalDateTime;
import java.util.List;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 账户管理 through the service: created accounts of each kind with their scope and an initial password to change;
 * disable (the account is refused everything at once), enable, unlock, reset — each recorded in security_event with
 * the admin; refusals write nothing; search and paging agree with SQL; only the admin may.
 */
@ExtendWith(ArquillianExtension.class)
class AccountAdminIT {

    private static final long OFFICE_TRAFFIC = 101L;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(AccountAdminIT.class);
    }

    @Test
    void anOfficeAccountIsCreatedDisabledEnabledUnlockedAndResetEachChangeRecorded() throws Exception {
        AccountAdminService accounts = accounts();
        String username = "it-office-" + Fixtures.nextId();
        NewAccountForm form = new NewAccountForm();
        form.setRole(Role.OFFICE);
        form.setUsername(username);
        form.setDisplayName("交通办公室测试员");
        form.setOfficeId(OFFICE_TRAFFIC);
        AccountIssued issued = Users.as("admin", () -> accounts.create(form));
        Object[] row = Db.rows("SELECT role, office_id, enabled, password_change_required, password_hash, account_type "
                + "FROM user_account WHERE username = ?", username).get(0);
        assertEquals("OFFICE", row[0]);
        assertEquals(OFFICE_TRAFFIC, ((Number) row[1]).longValue());
        assertEquals(Boolean.TRUE, row[2]);
        assertEquals(Boolean.TRUE, row[3], "the initial password is to be changed at the first login");
        PasswordHasher hasher = CDI.current().select(PasswordHasher.class).get();
        assertTrue(hasher.verify(issued.initialPassword().toCharArray(), (String) row[4]));
        assertEquals("UNIT", row[5], "office staff log in on 单位登录");
        assertEvent(username, "ACCOUNT_CREATED");

        // the new account works as its role at once (its office's work list)
        WorkListService workLists = lookup("DefaultWorkListService", WorkListService.class);
        Users.as(username, () -> workLists.list(WorkListFilter.none(), WorkListSort.NEWEST_SUBMITTED, 0, 1));

        // a session opened before the account is disabled is refused from then on
        var openSession = Users.identity(username);
        Users.run("admin", () -> accounts.disable(issued.id()));
        assertEquals(Boolean.FALSE, Db.value("SELECT enabled FROM user_account WHERE username = ?", username));
        assertEvent(username, "ACCOUNT_DISABLED");
        assertThrows(EJBAccessException.class, () -> Users.as(openSession,
                () -> workLists.list(WorkListFilter.none(), WorkListSort.NEWEST_SUBMITTED, 0, 1)));
        Users.run("admin", () -> accounts.enable(issued.id()));
        assertEvent(username, "ACCOUNT_ENABLED");

        Db.update("UPDATE user_account SET failed_attempts = 5, locked_until = ? WHERE username = ?",
                LocalDateTime.of(2021, 1, 10, 10, 0), username);
        List<AccountView> locked = Users.as("admin", () -> accounts.accounts(
                new AccountFilter(username, null, AccountFilter.State.LOCKED), 0, 10)).rows();
        assertEquals(1, locked.size());
        assertTrue(locked.get(0).locked(), "locked by the platform clock (2021-01-10 09:00)");
        Users.run("admin", () -> accounts.unlock(issued.id()));
        assertEquals(0L, Db.count("SELECT failed_attempts FROM user_account WHERE username = ?", username));
        assertEquals(null, Db.value("SELECT locked_until FROM user_account WHERE username = ?", username));
        assertEvent(username, "ACCOUNT_UNLOCKED");

        String hashBefore = Db.string("SELECT password_hash FROM user_account WHERE username = ?", username);
        AccountIssued reset = Users.as("admin", () -> accounts.resetPassword(issued.id()));
        String hashAfter = Db.string("SELECT password_hash FROM user_account WHERE username = ?", username);
        assertNotEquals(hashBefore, hashAfter);
        assertTrue(hasher.verify(reset.initialPassword().toCharArray(), hashAfter));
        assertNotEquals(issued.initialPassword(), reset.initialPassword());
        assertEvent(username, "PASSWORD_RESET");
        // 操作记录: the five changes and the refusal of the session opened before the account was disabled
        assertEquals(List.of("PASSWORD_RESET", "ACCOUNT_UNLOCKED", "ACCOUNT_ENABLED", "ACTION_REFUSED", "ACCOUNT_DISABLED",
                "ACCOUNT_CREATED"), Users.as("admin", () -> accounts.events(issued.id())).stream()
                .map(cn.zhicheng.application.admin.AccountEventView::type).toList());
        assertFalse(Db.string("SELECT detail FROM security_event WHERE username = ? AND event_type = 'PASSWORD_RESET'",
                username).contains(reset.initialPassword()), "no password in the record");
    }

    @Test
    void expertsUnitAdminsAndBureauStaffGetTheirScope() throws Exception {
        AccountAdminService accounts = accounts();
        long n = Fixtures.nextId();
        NewAccountForm expert = new NewAccountForm();
        expert.setRole(Role.EXPERT);
        expert.setUsername("it-expert-" + n);
        expert.setPersonName("测试专家");
        expert.setIdNumber(cn.zhicheng.domain.model.party.ResidentId.of("440305", java.time.LocalDate.of(1975, 3, 3),
                (int) (n % 1000)));
        expert.setCommitteeId(201L);
        Users.as("admin", () -> accounts.create(expert));
        Object[] e = Db.rows("SELECT u.committee_id, u.account_type, p.name FROM user_account u JOIN person p "
                + "ON p.id = u.person_id WHERE u.username = ?", "it-expert-" + n).get(0);
        assertEquals(201L, ((Number) e[0]).longValue());
        assertEquals("PERSONAL", e[1]);
        assertEquals("测试专家", e[2]);

        NewAccountForm unitAdmin = new NewAccountForm();
        unitAdmin.setRole(Role.UNIT_ADMIN);
        unitAdmin.setUsername("it-unit-" + n);
        unitAdmin.setDisplayName("测试单位管理员");
        unitAdmin.setUnitId(Fixtures.unitId(Fixtures.JT_ORG_CODE));
        Users.as("admin", () -> accounts.create(unitAdmin));
        assertEquals(Fixtures.unitId(Fixtures.JT_ORG_CODE),
                Db.count("SELECT unit_id FROM user_account WHERE username = ?", "it-unit-" + n));

        NewAccountForm bureau = new NewAccountForm();
        bureau.setRole(Role.BUREAU);
        bureau.setUsername("it-bureau-" + n);
        bureau.setDisplayName("人社局测试员");
        Users.as("admin", () -> accounts.create(bureau));
        assertEquals("BUREAU", Db.string("SELECT role FROM user_account WHERE username = ?", "it-bureau-" + n));

        // search and paging against SQL
        AccountFilter itAccounts = new AccountFilter("it-", null, null);
        long expected = Db.count("SELECT COUNT(*) FROM user_account WHERE username LIKE 'it-%' OR display_name LIKE 'it-%'");
        var page = Users.as("admin", () -> accounts.accounts(itAccounts, 0, 2));
        assertEquals(expected, page.total());
        assertEquals(Math.min(2, expected), page.rows().size());
        assertEquals(1, Users.as("admin", () -> accounts.accounts(new AccountFilter("it-", Role.BUREAU, null), 0, 100))
                .rows().stream().filter(a -> a.username().equals("it-bureau-" + n)).count());
        assertEquals(expected, Users.as("admin", () -> accounts.accountsAfter(itAccounts, null, 1000)).size());
    }

    @Test
    void refusalsWriteNothingAndOnlyTheAdminMay() throws Exception {
        AccountAdminService accounts = accounts();
        long events = Db.count("SELECT COUNT(*) FROM security_event WHERE event_type LIKE 'ACCOUNT_%'");
        NewAccountForm taken = new NewAccountForm();
        taken.setRole(Role.BUREAU);
        taken.setUsername("office-jt");
        taken.setDisplayName("重复");
        assertRefused("username", "ACCOUNT_USERNAME_TAKEN", () -> accounts.create(taken));
        NewAccountForm noOffice = new NewAccountForm();
        noOffice.setRole(Role.OFFICE);
        noOffice.setUsername("it-no-office-" + Fixtures.nextId());
        noOffice.setDisplayName("无部门");
        assertRefused("officeId", "ACCOUNT_SCOPE_REQUIRED", () -> accounts.create(noOffice));
        NewAccountForm badId = new NewAccountForm();
        badId.setRole(Role.EXPERT);
        badId.setUsername("it-bad-id-" + Fixtures.nextId());
        badId.setPersonName("专家");
        badId.setIdNumber("440305197503030000");
        badId.setCommitteeId(201L);
        assertRefused("idNumber", "ACCOUNT_ID_NUMBER_INVALID", () -> accounts.create(badId));
        NewAccountForm individual = new NewAccountForm();
        individual.setRole(Role.INDIVIDUAL);
        individual.setUsername("it-person-" + Fixtures.nextId());
        assertRefused("role", "ACCOUNT_ROLE_NOT_CREATABLE", () -> accounts.create(individual));
        long admin = Db.count("SELECT id FROM user_account WHERE username = 'admin'");
        assertRefused(null, "ACCOUNT_OWN", () -> { accounts.disable(admin); return null; });
        assertEquals(events, Db.count("SELECT COUNT(*) FROM security_event WHERE event_type LIKE 'ACCOUNT_%'"));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM user_account WHERE username LIKE 'it-no-office-%' "
                + "OR username LIKE 'it-bad-id-%' OR username LIKE 'it-person-%'"));

        assertThrows(EJBAccessException.class, () -> Users.as("bureau", () -> accounts.accounts(AccountFilter.none(), 0, 10)));
        assertThrows(EJBAccessException.class, () -> Users.as("jt-admin", () -> accounts.create(taken)));
        // the catalogue stays open to everyone (a sanity check that the lookups above are not all refusals)
        CatalogueService catalogue = lookup("DefaultCatalogueService", CatalogueService.class);
        assertFalse(Users.as("bureau", catalogue::series).isEmpty());
    }

    private interface Call {
        Object call() throws Exception;
    }

    private static void assertRefused(String field, String code, Call call) {
        AccountRefusedException refused = assertThrows(AccountRefusedException.class, () -> Users.as("admin", call::call));
        assertEquals(code, refused.code(), refused.getMessage());
        assertEquals(field, refused.field());
        assertTrue(refused.getMessage().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    private static void assertEvent(String username, String type) {
        assertEquals(1, Db.count("SELECT COUNT(*) FROM security_event WHERE username = ? AND event_type = ? "
                + "AND detail LIKE '操作人：admin%'", username, type), type);
    }

    private static AccountAdminService accounts() throws Exception {
        return lookup("DefaultAccountAdminService", AccountAdminService.class);
    }

    private static <T> T lookup(String bean, Class<T> type) throws Exception {
        return InitialContext.doLookup("java:global/zhicheng/zhicheng-ejb/" + bean + "!" + type.getName());
    }
}
