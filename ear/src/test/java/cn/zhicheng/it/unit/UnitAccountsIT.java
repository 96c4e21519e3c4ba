package cn.zhicheng.it.unit;

import static cn.zhicheng.domain.model.application.ApplicationState.UNIT_PRE_PUBLICITY;
import static cn.zhicheng.domain.model.application.ApplicationState.UNIT_REVIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.FormService;
import cn.zhicheng.application.InitialPassword;
import cn.zhicheng.application.LoginService;
import cn.zhicheng.application.NewHandler;
import cn.zhicheng.application.PersonnelImportService;
import cn.zhicheng.application.PersonnelService;
import cn.zhicheng.application.UnitAccountService;
import cn.zhicheng.application.UnitContact;
import cn.zhicheng.application.UnitInfo;
import cn.zhicheng.application.UnitItems;
import cn.zhicheng.application.UnitItemsFilter;
import cn.zhicheng.application.UnitService;
import cn.zhicheng.application.UnitTab;
import cn.zhicheng.application.UnitUser;
import cn.zhicheng.application.WorkListFilter;
import cn.zhicheng.application.WorkListService;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.party.AccountType;
import cn.zhicheng.domain.model.party.HandlerGrant;
import cn.zhicheng.domain.model.party.NotGrantedException;
import cn.zhicheng.domain.model.party.ResidentId;
import cn.zhicheng.domain.model.party.UnitMenu;
import cn.zhicheng.domain.model.party.UnitRefusedException;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;

/**
 * 权限管理 and the grants as the services enforce them (SPEC §5, manual 1.4.3): a handler without a grant is refused
 * on every unit service (work list, read side, 单位审核, 公示结果, 人员管理, 单位事项, 单位信息, 权限管理) with nothing
 * written and the refusal recorded; the admin creates, disables, enables handlers and grants items and menus only in
 * the admin's own unit; 单位信息's contact data and 单位事项's tabs, checked against the database.
 */
@ExtendWith(ArquillianExtension.class)
class UnitAccountsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(UnitAccountsIT.class);
    }

    @EJB
    UnitAccountService accounts;

    @EJB
    UnitService units;

    @EJB
    PersonnelService personnel;

    @EJB
    PersonnelImportService importer;

    @EJB
    WorkListService workLists;

    @EJB
    FormService forms;

    @EJB
    LoginService login;

    @Test
    void aHandlerWithoutTheGrantIsRefusedOnEveryUnitServiceAndTheRefusalIsRecorded() throws Exception {
        Journey.Case atReview = Journey.at(UNIT_REVIEW);
        Journey.Case atPublicity = Journey.at(UNIT_PRE_PUBLICITY);
        String handler = handler("nothing");
        WorkflowService workflow = Journey.workflow();
        long reviewVersion = Journey.version(atReview.id());
        long reviewHistory = Journey.historyCount(atReview.id());
        long publicityHistory = Journey.historyCount(atPublicity.id());

        Map<String, Users.ThrowingRunnable> calls = new LinkedHashMap<>();
        calls.put("work list", () -> workLists.list(WorkListFilter.none(), null, 0, 10));
        calls.put("查看", () -> workflow.find(atReview.id()));
        calls.put("进度", () -> workflow.history(atReview.id()));
        calls.put("decisions", () -> workflow.decisions(atReview.id()));
        calls.put("buttons", () -> workflow.availableActions(atReview.id()));
        calls.put("the form", () -> forms.form(atReview.id()));
        calls.put("单位审核", () -> workflow.decide(atReview.id(), reviewVersion, Journey.decisionFor(Action.UNIT_APPROVE)));
        calls.put("退回修改", () -> workflow.decide(atReview.id(), reviewVersion, Journey.decisionFor(Action.UNIT_RETURN)));
        calls.put("公示结果", () -> workflow.decide(atPublicity.id(), Journey.version(atPublicity.id()),
                Journey.decisionFor(Action.PRE_PUBLICITY_PASS)));
        calls.put("人员管理", () -> personnel.list(null, null, 0, 10));
        calls.put("人员删除", () -> personnel.delete(1L));
        calls.put("导入模板", () -> personnel.template());
        calls.put("导入人员", () -> importer.start("x.xlsx", new ByteArrayInputStream(new byte[] {1}),
                PersonnelImportService.Options.DEFAULT));
        calls.put("单位事项", () -> units.items(UnitItemsFilter.all(), 0, 10));
        calls.put("单位信息", () -> units.info());
        calls.put("单位信息修改", () -> units.updateContact(new UnitContact("张", "0755-12345678", null, "深圳", null, null)));
        calls.put("权限管理", () -> accounts.users(0, 10));
        calls.put("新增经办人", () -> accounts.createHandler(new NewHandler("it-sneaky", "某某", residentId())));

        for (Map.Entry<String, Users.ThrowingRunnable> call : calls.entrySet()) {
            long recorded = refusals(handler);
            NotGrantedException refused = assertThrows(NotGrantedException.class,
                    () -> Users.run(handler, call.getValue()), call.getKey());
            assertTrue(refused.getMessage().contains("授权") || refused.getMessage().contains("单位管理员"),
                    call.getKey() + ": " + refused.getMessage());
            assertEquals(recorded + 1, refusals(handler), call.getKey() + ": the refusal is recorded");
        }
        assertEquals(UNIT_REVIEW, Journey.state(atReview.id()), "nothing written");
        assertEquals(reviewHistory, Journey.historyCount(atReview.id()));
        assertEquals(publicityHistory, Journey.historyCount(atPublicity.id()));
        assertEquals(UNIT_PRE_PUBLICITY, Journey.state(atPublicity.id()));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM user_account WHERE username = 'it-sneaky'"));

        // the manual's menus are what the admin may grant: with 资格评审 the work list and the case open, the rest not
        grantDirectly(handler, HandlerGrant.Kind.BUSINESS_ITEM, HandlerGrant.TITLE_REVIEW_ITEM);
        assertTrue(Users.as(handler, () -> workLists.list(WorkListFilter.none(), null, 0, 100)).page().rows().stream()
                .anyMatch(r -> r.id().equals(atReview.id())));
        assertEquals(atReview.id(), Users.as(handler, () -> workflow.find(atReview.id())).id());
        assertThrows(NotGrantedException.class, () -> Users.run(handler, () -> personnel.list(null, null, 0, 10)));
        grantDirectly(handler, HandlerGrant.Kind.MENU, UnitMenu.PERSONNEL.name());
        assertEquals(Db.count("SELECT COUNT(*) FROM unit_person WHERE unit_id = ?", Fixtures.unitId(Fixtures.JT_ORG_CODE)),
                Users.as(handler, () -> personnel.list(null, null, 0, 1)).total());
        assertThrows(NotGrantedException.class, () -> Users.run(handler, () -> accounts.users(0, 10)),
                "权限管理 is the admin's, whatever was granted");
    }

    @Test
    void theAdminCreatesAHandlerWithAOneTimePasswordAndGrantsAndRevokes() throws Exception {
        String username = "it-new-" + Fixtures.nextId();
        String idNumber = residentId();
        InitialPassword created = Users.as("jt-admin", () -> accounts.createHandler(
                new NewHandler(username, "新经办人", idNumber.toLowerCase())));
        assertEquals(username, created.username());
        assertTrue(created.password().length() >= 12, "a strong generated password");
        Object[] row = Db.rows("SELECT role, unit_id, id_number, password_change_required, password_hash, display_name "
                + "FROM user_account WHERE username = ?", username).get(0);
        assertEquals("UNIT_HANDLER", row[0]);
        assertEquals(Fixtures.unitId(Fixtures.JT_ORG_CODE), ((Number) row[1]).longValue());
        assertEquals(idNumber.toUpperCase(), row[2]);
        assertEquals(Boolean.TRUE, row[3], "to be changed at the first login");
        assertNotEquals(created.password(), row[4]);
        assertTrue(((String) row[4]).startsWith("pbkdf2-sha256$"));
        assertFalse(created.toString().contains(created.password()), "never in a log line");
        assertTrue(login.attempt(username, created.password().toCharArray(), AccountType.UNIT, "127.0.0.1").succeeded());

        // a new handler holds nothing; the admin grants 资格评审 and two menus, then revokes a menu
        UnitAccountsView view = UnitAccountsView.of(Users.as("jt-admin", () -> accounts.users(0, 100)).rows(), username);
        assertEquals(Set.of(), view.user().businessItems());
        assertEquals(Set.of(), Users.as(username, () -> accounts.myAccess()).menus());
        UnitUser granted = Users.as("jt-admin", () -> accounts.grant(view.user().id(), Set.of(HandlerGrant.TITLE_REVIEW_ITEM),
                EnumSet.of(UnitMenu.ITEMS, UnitMenu.PERSONNEL)));
        assertEquals(EnumSet.of(UnitMenu.ITEMS, UnitMenu.PERSONNEL), granted.menus());
        assertEquals(3, Db.count("SELECT COUNT(*) FROM handler_grant WHERE account_id = ? AND granted_by = 'jt-admin'",
                view.user().id()));
        Users.run("jt-admin", () -> accounts.grant(view.user().id(), Set.of(HandlerGrant.TITLE_REVIEW_ITEM),
                EnumSet.of(UnitMenu.ITEMS)));
        assertEquals(List.of("BUSINESS_ITEM:003", "MENU:ITEMS"), grantsOf(view.user().id()));
        assertEquals(Set.of(HandlerGrant.TITLE_REVIEW_ITEM), Users.as(username, () -> accounts.myAccess()).businessItems());
        assertThrows(NotGrantedException.class, () -> Users.run(username, () -> personnel.list(null, null, 0, 1)),
                "revoked: refused again");
        UnitRefusedException notLive = assertThrows(UnitRefusedException.class, () -> Users.run("jt-admin",
                () -> accounts.grant(view.user().id(), Set.of("001"), Set.of())));
        assertEquals("GRANT_ITEM_NOT_AVAILABLE", notLive.code());
        assertEquals(List.of("BUSINESS_ITEM:003", "MENU:ITEMS"), grantsOf(view.user().id()), "nothing changed");

        // 停用: refused everything, even in a session opened before; 启用 again
        var session = Users.identity(username);
        Users.run("jt-admin", () -> accounts.setEnabled(view.user().id(), false));
        assertThrows(EJBAccessException.class, () -> Users.as(session, () -> workLists.list(WorkListFilter.none(), null, 0, 1)));
        assertEquals(Boolean.FALSE, Db.value("SELECT enabled FROM user_account WHERE username = ?", username));
        assertFalse(login.attempt(username, created.password().toCharArray(), AccountType.UNIT, "127.0.0.1").succeeded());
        Users.run("jt-admin", () -> accounts.setEnabled(view.user().id(), true));
        assertTrue(Users.as(username, () -> workLists.list(WorkListFilter.none(), null, 0, 1)).page().total() > 0);

        // 重置密码: a new one-time password, the old one no longer works
        InitialPassword reset = Users.as("jt-admin", () -> accounts.resetPassword(view.user().id()));
        assertNotEquals(created.password(), reset.password());
        assertFalse(login.attempt(username, created.password().toCharArray(), AccountType.UNIT, "127.0.0.1").succeeded());
        assertTrue(login.attempt(username, reset.password().toCharArray(), AccountType.UNIT, "127.0.0.1").succeeded());

        // another unit's admin cannot see or touch the handler; an admin is no handler to disable
        assertTrue(Users.as("rj-admin", () -> accounts.users(0, 100)).rows().stream().noneMatch(u -> u.username().equals(username)));
        assertEquals("ACCOUNT_NOT_FOUND", assertThrows(UnitRefusedException.class,
                () -> Users.run("rj-admin", () -> accounts.setEnabled(view.user().id(), false))).code());
        long adminId = ((Number) Db.value("SELECT id FROM user_account WHERE username = 'jt-admin'")).longValue();
        assertEquals("ACCOUNT_NOT_HANDLER", assertThrows(UnitRefusedException.class,
                () -> Users.run("jt-admin", () -> accounts.setEnabled(adminId, false))).code());
        assertEquals(Boolean.TRUE, Db.value("SELECT enabled FROM user_account WHERE username = 'jt-admin'"));
    }

    @Test
    void aHandlerIsRefusedWithItsFieldWhenItsDataAreWrong() throws Exception {
        long before = Db.count("SELECT COUNT(*) FROM user_account");
        assertRefused("username", "ACCOUNT_USERNAME_INVALID", new NewHandler("1bad", "某某", residentId()));
        assertRefused("username", "ACCOUNT_USERNAME_INVALID", new NewHandler("a b c d", "某某", residentId()));
        assertRefused("username", "ACCOUNT_USERNAME_TAKEN", new NewHandler("JT-Handler", "某某", residentId()));
        assertRefused("name", "ACCOUNT_NAME_REQUIRED", new NewHandler("it-noname-1", "  ", residentId()));
        String valid = residentId();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? "1" : "0");
        assertRefused("idNumber", "ACCOUNT_ID_NUMBER_INVALID", new NewHandler("it-badid-1", "某某", wrongCheck));
        assertRefused("idNumber", "ACCOUNT_ID_NUMBER_INVALID", new NewHandler("it-badid-2", "某某", "440305"));
        assertEquals(before, Db.count("SELECT COUNT(*) FROM user_account"), "nothing created");
    }

    @Test
    void theAdminKeepsTheContactDataAndEveryFieldIsChecked() throws Exception {
        UnitInfo info = Users.as("kj-admin", () -> units.info());
        assertEquals("深圳市示例会计师事务所", info.name());
        UnitContact contact = new UnitContact("王会计", "0755-88886666转123", "0755-88886667", "深圳市福田区示例路1号",
                "518000", "kj@example.cn");
        UnitInfo saved = Users.as("kj-admin", () -> units.updateContact(contact));
        assertEquals("王会计", saved.contact().getContactName());
        Object[] row = Db.rows("SELECT contact_name, contact_phone, fax, address, postcode, email, contact_updated_by "
                + "FROM unit WHERE name = '深圳市示例会计师事务所'").get(0);
        assertEquals(List.of("王会计", "0755-88886666转123", "0755-88886667", "深圳市福田区示例路1号", "518000",
                "kj@example.cn", "kj-admin"), List.of(row));

        Map<String, UnitContact> wrong = new LinkedHashMap<>();
        wrong.put("contactName", new UnitContact(" ", "0755-1", null, "地址", null, null));
        wrong.put("contactPhone", new UnitContact("王", "电话", null, "地址", null, null));
        wrong.put("address", new UnitContact("王", "13800138000", null, "", null, null));
        wrong.put("postcode", new UnitContact("王", "13800138000", null, "地址", "51800", null));
        wrong.put("email", new UnitContact("王", "13800138000", null, "地址", null, "not-an-address"));
        wrong.put("fax", new UnitContact("王", "13800138000", "fax!", "地址", null, null));
        for (Map.Entry<String, UnitContact> w : wrong.entrySet()) {
            UnitRefusedException refused = assertThrows(UnitRefusedException.class,
                    () -> Users.run("kj-admin", () -> units.updateContact(w.getValue())), w.getKey());
            assertEquals(w.getKey(), refused.field());
        }
        assertEquals("王会计", Db.string("SELECT contact_name FROM unit WHERE name = '深圳市示例会计师事务所'"), "unchanged");
        // a handler granted 单位信息 reads it but may not change it
        String reader = handler("info-reader");
        grantDirectly(reader, HandlerGrant.Kind.MENU, UnitMenu.INFO.name());
        assertEquals("深圳市示例交通建设有限公司", Users.as(reader, () -> units.info()).name());
        assertThrows(NotGrantedException.class, () -> Users.run(reader, () -> units.updateContact(contact)));
    }

    @Test
    void unitItemsCountEveryTabAsTheDatabaseDoesAndSearch() throws Exception {
        Journey.Case atReview = Journey.at(UNIT_REVIEW);
        Journey.at(ApplicationState.OFFICE_PRE_AUDIT);
        long unit = Fixtures.unitId(Fixtures.JT_ORG_CODE);
        UnitItems all = Users.as("jt-admin", () -> units.items(UnitItemsFilter.all(), 0, 100));
        String visible = "unit_id = " + unit + " AND submitted_at IS NOT NULL AND state <> 'DRAFT'";
        assertEquals(Db.count("SELECT COUNT(*) FROM application WHERE " + visible), all.count(UnitTab.ALL));
        assertEquals(Db.count("SELECT COUNT(*) FROM application WHERE " + visible
                + " AND state IN ('UNIT_REVIEW', 'UNIT_PRE_PUBLICITY', 'UNIT_POST_PUBLICITY')"), all.count(UnitTab.TO_DO));
        assertEquals(Db.count("SELECT COUNT(*) FROM application WHERE " + visible
                + " AND state IN ('APPROVED', 'REJECTED', 'TERMINATED', 'CLOSED_BY_DEADLINE')"), all.count(UnitTab.FINISHED));
        assertEquals(all.count(UnitTab.ALL), all.count(UnitTab.TO_DO) + all.count(UnitTab.IN_PROGRESS)
                + all.count(UnitTab.FINISHED));

        UnitItems toDo = Users.as("jt-admin", () -> units.items(UnitItemsFilter.all().withTab(UnitTab.TO_DO), 0, 100));
        assertTrue(toDo.page().rows().stream().allMatch(r -> UnitTab.of(r.state()) == UnitTab.TO_DO));
        assertEquals(toDo.count(UnitTab.TO_DO), toDo.page().total());

        ApplicationSummary one = Users.as("jt-admin", () -> Journey.workflow().find(atReview.id()));
        UnitItems bySerial = Users.as("jt-admin", () -> units.items(
                new UnitItemsFilter(UnitTab.ALL, one.serialNo(), null, null), 0, 10));
        assertEquals(List.of(atReview.id()), bySerial.page().rows().stream().map(ApplicationSummary::id).toList());
        String part = one.summary().substring(1, 3);
        UnitItems bySummary = Users.as("jt-admin", () -> units.items(new UnitItemsFilter(UnitTab.ALL, null, null, part), 0, 100));
        assertEquals(Db.count("SELECT COUNT(*) FROM application WHERE " + visible + " AND summary LIKE ?", "%" + part + "%"),
                bySummary.count(UnitTab.ALL));
        assertEquals(all.count(UnitTab.ALL), Users.as("jt-admin", () -> units.items(
                new UnitItemsFilter(UnitTab.ALL, null, "专业技术资格", null), 0, 1)).count(UnitTab.ALL));
        assertEquals(0, Users.as("jt-admin", () -> units.items(
                new UnitItemsFilter(UnitTab.ALL, null, "高层次人才奖励", null), 0, 1)).count(UnitTab.ALL));
        // another unit sees none of them
        assertTrue(Users.as("rj-admin", () -> units.items(UnitItemsFilter.all(), 0, 100)).page().rows().stream()
                .noneMatch(r -> r.id().equals(atReview.id())));
    }

    private void assertRefused(String field, String code, NewHandler handler) {
        UnitRefusedException refused = assertThrows(UnitRefusedException.class,
                () -> Users.run("jt-admin", () -> accounts.createHandler(handler)));
        assertEquals(code, refused.code(), handler.toString());
        assertEquals(field, refused.field());
        assertFalse(refused.message(Locale.ENGLISH).equals(refused.getMessage()), "both languages");
    }

    /** A handler of the transport company with no grant at all (it cannot log in; tests act as it). */
    static String handler(String tag) {
        long id = Fixtures.nextId();
        String username = "it-" + tag + "-" + id;
        Db.update("INSERT INTO user_account (id, username, account_type, role, display_name, unit_id, "
                        + "password_hash, created_at) VALUES (?, ?, 'UNIT', 'UNIT_HANDLER', '测试经办人', ?, 'no-login', ?)",
                id, username, Fixtures.unitId(Fixtures.JT_ORG_CODE), LocalDateTime.now());
        return username;
    }

    static void grantDirectly(String username, HandlerGrant.Kind kind, String code) {
        Db.update("INSERT INTO handler_grant (id, account_id, kind, code, granted_by, granted_at) "
                        + "SELECT ?, id, ?, ?, 'jt-admin', ? FROM user_account WHERE username = ?",
                Fixtures.nextId(), kind.name(), code, LocalDateTime.now(), username);
    }

    private static List<String> grantsOf(long accountId) {
        return Db.rows("SELECT kind, code FROM handler_grant WHERE account_id = ? ORDER BY kind, code", accountId).stream()
                .map(r -> r[0] + ":" + r[1]).toList();
    }

    private static long refusals(String username) {
        return Db.count("SELECT COUNT(*) FROM security_event WHERE username = ? AND event_type = 'ACTION_REFUSED' "
                + "AND (detail LIKE 'NOT_GRANTED%' OR detail LIKE 'UNIT_ADMIN_ONLY%')", username);
    }

    private static String residentId() {
        long n = Fixtures.nextId();
        return ResidentId.of("440306", LocalDate.of(1985, 1, 1).plusDays(n % 5000),
                (int) (n / 5000 % 1000));
    }

    /** The row of one user in 权限管理's list. */
    private record UnitAccountsView(UnitUser user) {
        static UnitAccountsView of(List<UnitUser> users, String username) {
            return new UnitAccountsView(users.stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow());
        }
    }
}
