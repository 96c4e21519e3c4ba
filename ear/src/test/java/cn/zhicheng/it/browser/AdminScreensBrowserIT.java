package cn.zhicheng.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.remote.Remote;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 基础数据 and 账户管理 in a real browser as the admin: a specialty renamed in its dialog (refused while the name is
 * blank, the dialog kept open, then saved; the database and the 变更记录 tab show it), and an office account created with its
 * initial password shown once; 统计分析 opens with its charts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminScreensBrowserIT {

    private static final String SPECIALTY = "交通运输管理";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithKit(AdminScreensBrowserIT.class);
    }

    @BeforeAll
    static void start() {
        AdminPages.start("admin");
    }

    @AfterAll
    static void stop() {
        AdminPages.stop();
        Remote.call(AdminScreensBrowserIT.class, "restoreSpecialty");
    }

    @Test
    @Order(1)
    void aSpecialtyIsRenamedInItsDialogAfterARefusal() {
        AdminPages.open("menu-admin-catalogue", "基础数据");
        AdminPages.tab("tab-specialties");
        AdminPages.rowButton("catalogue:tabs:specialties", "502", "edit"); // 工程师 · 交通运输管理 (the name is at other levels too)
        AdminPages.waitForDialog("catalogue:specialty-dialog");
        AdminPages.type("catalogue:specialty-name", " ");
        AdminPages.choose("catalogue:specialty-examMode", "以考代评");
        AdminPages.click("catalogue:specialty-save");
        String refusal = AdminPages.waitForText("catalogue:specialty-dialog");
        assertTrue(refusal.contains("请填写专业名称。"), refusal);
        assertTrue(AdminPages.present("[id='catalogue:specialty-examMode_label']"), "the dialog stays open");
        AdminPages.snapshot("catalogue-refused");

        AdminPages.choose("catalogue:specialty-examMode", "评审");
        AdminPages.type("catalogue:specialty-name", SPECIALTY + "（浏览器）");
        AdminPages.click("catalogue:specialty-save");
        AdminPages.waitForDialogClosed("catalogue:specialty-dialog");
        assertEquals(SPECIALTY + "（浏览器）", Remote.value(AdminScreensBrowserIT.class, "specialtyName"));
        AdminPages.tab("tab-changes");
        AdminPages.click("catalogue:tabs:refresh-changes");
        assertTrue(AdminPages.waitForText("catalogue:tabs:changes").contains(SPECIALTY + "（浏览器）"));
        AdminPages.snapshot("catalogue-changes");
    }

    @Test
    @Order(2)
    void anOfficeAccountIsCreatedWithAnInitialPasswordShownOnce() {
        AdminPages.open("menu-admin-accounts", "账户管理");
        AdminPages.click("accounts:add");
        AdminPages.waitForDialog("accounts:new-dialog");
        AdminPages.type("accounts:new-username", "browser-office");
        AdminPages.type("accounts:new-displayName", "浏览器测试办公室");
        AdminPages.click("accounts:create");
        assertTrue(AdminPages.waitForText("accounts:new-dialog").contains("请选择日常工作部门"), "the office is required");
        AdminPages.choose("accounts:new-officeId", "深圳市交通运输专业职称评审委员会办公室");
        AdminPages.click("accounts:create");
        AdminPages.waitForDialogClosed("accounts:new-dialog");
        String password = AdminPages.waitForText("initial-password");
        assertEquals(12, password.length(), password);
        Map<String, String> row = Remote.call(AdminScreensBrowserIT.class, "account", "browser-office");
        assertEquals("OFFICE", row.get("role"));
        assertEquals("true", row.get("mustChange"));
        AdminPages.snapshot("accounts-created");

        // 导出Excel: the list as filtered, streamed to the browser with the screen's Chinese headers
        AdminPages.type("accounts:text", "browser-");
        AdminPages.click("accounts:search");
        List<List<String>> sheet = AdminPages.download("accounts:export", "账户管理-");
        assertEquals(List.of("用户名", "姓名/名称", "角色", "所属", "状态", "锁定至", "最近登录", "创建时间"), sheet.get(0));
        assertEquals(2, sheet.size(), "the header and the one account the search finds: " + sheet);
        assertEquals("browser-office", sheet.get(1).get(0));
        assertEquals("日常工作部门", sheet.get(1).get(2));

        AdminPages.open("menu-dashboard", "统计分析");
        assertTrue(AdminPages.present("[id='dashboard:stage-chart'] canvas"), "the chart is drawn");
        AdminPages.snapshot("dashboard");
    }

    // ---- inside the server

    public static String specialtyName() {
        return Db.string("SELECT name FROM specialty WHERE id = 502");
    }

    public static Map<String, String> account(String username) {
        Object[] r = Db.rows("SELECT role, password_change_required FROM user_account WHERE username = ?", username).get(0);
        return Map.of("role", String.valueOf(r[0]), "mustChange", String.valueOf(r[1]));
    }

    public static void restoreSpecialty() {
        Db.update("UPDATE specialty SET name = ? WHERE id = 502", SPECIALTY);
        Db.update("UPDATE catalogue_revision SET revision = revision + 1 WHERE id = 1");
    }
}
