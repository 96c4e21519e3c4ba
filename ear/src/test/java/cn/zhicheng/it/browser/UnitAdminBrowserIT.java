package cn.zhicheng.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.naming.InitialContext;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
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

import cn.zhicheng.application.InitialPassword;
import cn.zhicheng.application.NewHandler;
import cn.zhicheng.application.UnitAccountService;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.party.ResidentId;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;
import cn.zhicheng.it.support.remote.Remote;

/**
 * The unit admin's journeys in a real browser (manual 1.4.3, 1.4.5, 4.3): 新增经办人 with its one-time password and
 * 授权 资格评审; the handler's login and work list; a handler without the grant refused by the menu, the landing page
 * and direct URLs (the refusals recorded); 人员管理's import of a template with bad rows, watched through the progress
 * bar, the error report downloaded and read back, then a person searched and deleted. Server steps prepare the cases
 * and read the database ({@link Remote}); {@link UnitAdminPages} drives Chromium.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnitAdminBrowserIT {

    private static final String ADMIN = "jt-admin";
    private static Map<String, String> prepared;
    private static String createdPassword;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithKit(UnitAdminBrowserIT.class);
    }

    @BeforeAll
    static void prepare() {
        prepared = Remote.call(UnitAdminBrowserIT.class, "prepareCasesAndAnUngrantedHandler");
        UnitAdminPages.start();
    }

    @AfterAll
    static void stopBrowser() {
        UnitAdminPages.stop();
    }

    // ---- inside the server

    static Map<String, String> prepareCasesAndAnUngrantedHandler() throws Exception {
        Journey.Case atReview = Journey.at(ApplicationState.UNIT_REVIEW);
        long n = Fixtures.nextId();
        // the handler without grants, created the way the admin creates one: its initial password is known here only
        UnitAccountService accounts = InitialContext.doLookup("java:global/zhicheng/zhicheng-ejb/"
                + "DefaultUnitAccountService!cn.zhicheng.application.UnitAccountService");
        InitialPassword ungranted = Users.as(ADMIN, () -> accounts.createHandler(new NewHandler("it-none-" + n,
                "未授权经办人", ResidentId.of("440304", LocalDate.of(1990, 5, 1), (int) (n % 1000)))));
        Map<String, String> handoff = new HashMap<>();
        handoff.put("case.id", Long.toString(atReview.id()));
        handoff.put("case.serialNo", Db.string("SELECT serial_no FROM application WHERE id = ?", atReview.id()));
        handoff.put("case.version", Long.toString(Journey.version(atReview.id())));
        handoff.put("new.username", "it-web-" + n);
        handoff.put("new.idNumber", ResidentId.of("440303", LocalDate.of(1988, 3, 8), (int) (n % 1000)));
        handoff.put("none.username", ungranted.username());
        handoff.put("none.password", ungranted.password());
        handoff.put("seed", Long.toString(n % 80));
        return handoff;
    }

    /** The handler the admin created in the browser: its account, flag and grants as stored. */
    static Map<String, String> createdHandler(String username) {
        Object[] account = Db.rows("SELECT id, role, password_change_required, display_name, id_number FROM user_account "
                + "WHERE username = ?", username).get(0);
        Map<String, String> facts = new HashMap<>();
        facts.put("role", (String) account[1]);
        facts.put("changeRequired", String.valueOf(account[2]));
        facts.put("name", (String) account[3]);
        facts.put("idNumber", (String) account[4]);
        facts.put("grants", String.join(",", Db.rows("SELECT kind, code FROM handler_grant WHERE account_id = ? "
                + "ORDER BY kind, code", account[0]).stream().map(r -> r[0] + ":" + r[1]).toList()));
        return facts;
    }

    /** What the ungranted handler's attempts left: refusals recorded, the case untouched. */
    static Map<String, String> refusalsOf(String username, String caseId, String version) {
        Map<String, String> facts = new HashMap<>();
        facts.put("refusals", Long.toString(Db.count("SELECT COUNT(*) FROM security_event WHERE username = ? "
                + "AND event_type = 'ACTION_REFUSED' AND detail LIKE 'NOT_GRANTED%'", username)));
        long id = Long.parseLong(caseId);
        facts.put("state", Journey.state(id).name());
        facts.put("unchanged", String.valueOf(Journey.version(id) == Long.parseLong(version)));
        return facts;
    }

    static String personnelCount(String idNumber) {
        return Long.toString(Db.count("SELECT COUNT(*) FROM unit_person WHERE unit_id = ? AND id_number = ?",
                Fixtures.unitId(Fixtures.JT_ORG_CODE), idNumber));
    }

    static String importedBy(String fileName) {
        return Long.toString(Db.count("SELECT COUNT(*) FROM unit_person p JOIN personnel_import i ON i.id = p.import_id "
                + "WHERE i.file_name = ? AND i.unit_id = ?", fileName, Fixtures.unitId(Fixtures.JT_ORG_CODE)));
    }

    // ---- in the browser

    @Test
    @Order(1)
    void theAdminCreatesAHandlerSeesItsPasswordOnceAndGrantsTitleReview() {
        UnitAdminPages.loginUnit(ADMIN);
        UnitAdminPages.menuTo("menu-unit-permissions", "/unit/permissions.xhtml");
        UnitAdminPages.snapshot("permissions");
        String username = prepared.get("new.username");

        // a wrong ID number is refused next to its field, and what was typed stays
        String refused = UnitAdminPages.createHandlerRefused(username, "王经办", "440303198803081234", "new-id-number");
        assertTrue(refused.startsWith("身份证号「440303198803081234」不是有效的18位居民身份证号码"), refused);
        assertTrue(refused.endsWith("|王经办"), refused);

        createdPassword = UnitAdminPages.createHandler(username, "王经办", prepared.get("new.idNumber"));
        assertTrue(createdPassword.length() >= 12, createdPassword);
        assertFalse(UnitAdminPages.present("#initial-password"), "shown once: gone with its dialog");
        List<String> row = UnitAdminPages.userRow(username);
        assertEquals(List.of(username, "王经办", prepared.get("new.idNumber"), "单位经办人"), row.subList(1, 5));
        assertTrue(row.get(5).startsWith("正常") && row.get(5).contains("初始密码未修改"), row.toString());
        assertEquals("未授权", row.get(6));

        UnitAdminPages.grantTitleReview(username);
        UnitAdminPages.snapshot("permissions-granted");
        Map<String, String> stored = Remote.call(UnitAdminBrowserIT.class, "createdHandler", username);
        assertEquals("UNIT_HANDLER", stored.get("role"));
        assertEquals("true", stored.get("changeRequired"));
        assertEquals(prepared.get("new.idNumber"), stored.get("idNumber"));
        assertEquals("BUSINESS_ITEM:003", stored.get("grants"));
    }

    @Test
    @Order(2)
    void theNewHandlerLogsInWithTheInitialPasswordAndSeesTheWorkList() {
        UnitAdminPages.firstLogin(prepared.get("new.username"), createdPassword);
        assertEquals(List.of("首页", "单位事项", "专技人才业务", "资格评审"), UnitAdminPages.menu(),
                "资格评审 only: no 单位信息, 人员管理 or 权限管理");
        assertTrue(UnitAdminPages.text("home-review").contains("资格评审办理情况"));
        UnitAdminPages.menuTo("menu-unit-items-professional-review", "/unit/review.xhtml");
        UnitAdminPages.searchSerial(prepared.get("case.serialNo"));
        assertTrue(UnitAdminPages.text("review:list").contains(prepared.get("case.serialNo")),
                "the unit's application at 单位审核 is listed");
        UnitAdminPages.snapshot("handler-work-list");
    }

    @Test
    @Order(3)
    void aHandlerWithoutTheGrantNeitherSeesNorActsAlsoByDirectUrl() {
        String username = prepared.get("none.username");
        UnitAdminPages.firstLogin(username, prepared.get("none.password"));
        assertEquals(List.of("首页"), UnitAdminPages.menu());
        assertTrue(UnitAdminPages.text("home-nothing-message").contains("尚未获得任何授权"));
        UnitAdminPages.snapshot("handler-nothing-granted");

        UnitAdminPages.open("unit/review.xhtml");
        assertTrue(UnitAdminPages.text("refused-message").contains("您尚未获得「资格评审」业务事项的授权"));
        assertFalse(UnitAdminPages.present("#review\\:list"));

        UnitAdminPages.open("unit/audit.xhtml?id=" + prepared.get("case.id"));
        assertTrue(UnitAdminPages.text("audit:audit-messages").contains("您尚未获得「资格评审」业务事项的授权"));
        assertFalse(UnitAdminPages.present("#audit\\:submit"), "nothing to act with");
        assertFalse(UnitAdminPages.present("#audit\\:applicant-name"), "nothing of the case shown");
        UnitAdminPages.snapshot("handler-refused-audit");

        UnitAdminPages.open("unit/personnel.xhtml");
        assertTrue(UnitAdminPages.text("refused-message").contains("您尚未获得「人员管理」功能的授权"));
        UnitAdminPages.open("unit/permissions.xhtml");
        assertTrue(UnitAdminPages.text("refused-message").contains("只有单位管理员"));

        Map<String, String> left = Remote.call(UnitAdminBrowserIT.class, "refusalsOf", username, prepared.get("case.id"),
                prepared.get("case.version"));
        assertTrue(Long.parseLong(left.get("refusals")) >= 3, left.toString());
        assertEquals("UNIT_REVIEW", left.get("state"));
        assertEquals("true", left.get("unchanged"));
    }

    @Test
    @Order(4)
    void theAdminImportsATemplateWithBadRowsWatchesTheProgressAndReadsTheErrorReport() throws IOException {
        UnitAdminPages.loginUnit(ADMIN);
        UnitAdminPages.menuTo("menu-unit-personnel", "/unit/personnel.xhtml");
        Path template = UnitAdminPages.downloadTemplate();
        assertEquals(List.of(List.of("姓名", "证件号码")), read(template));

        // 3,000 rows: 2,996 good, 4 bad of different kinds at known rows
        int seed = Integer.parseInt(prepared.get("seed"));
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 2_996; i++) {
            rows.add(new String[] {"网页导入" + i, ResidentId.of(String.valueOf(120100 + seed), LocalDate.of(1970, 1, 1)
                    .plusDays(i / 1000), i % 1000)});
        }
        rows.add(10, new String[] {"", ResidentId.of("120199", LocalDate.of(1981, 1, 1), 1)});
        rows.add(20, new String[] {"坏号", "12345"});
        rows.add(30, new String[] {"坏校验", wrongCheck(ResidentId.of("120199", LocalDate.of(1981, 1, 1), 2))});
        rows.add(40, new String[] {"重复", rows.get(0)[1]});
        String fileName = "网页导入-" + prepared.get("new.username") + ".xlsx";
        Path file = Browser.downloads().resolve(fileName);
        write(file, rows);

        List<String> counts = UnitAdminPages.importFile(file);
        assertEquals(List.of("导入完成", "3000", "2996", "4"), counts);
        assertEquals("2996", Remote.value(UnitAdminBrowserIT.class, "importedBy", fileName));

        Path report = UnitAdminPages.downloadErrorReport(fileName.replace(".xlsx", "") + "-错误报告.xlsx");
        List<List<String>> lines = read(report);
        assertEquals(List.of("行号", "姓名", "证件号码", "错误原因"), lines.get(0));
        assertEquals(5, lines.size());
        assertEquals(List.of("12", "姓名为空"), List.of(lines.get(1).get(0), lines.get(1).get(3)));
        assertEquals(List.of("22", "坏号", "12345"), lines.get(2).subList(0, 3));
        assertTrue(lines.get(2).get(3).startsWith("证件号码应为18位"), lines.get(2).toString());
        assertEquals("证件号码校验位不正确", lines.get(3).get(3));
        assertEquals(List.of("42", "与文件第2行的证件号码重复"), List.of(lines.get(4).get(0), lines.get(4).get(3)));

        // 搜索 by 证件号码, then 删除 with confirmation
        String someone = rows.get(5)[1];
        List<List<String>> found = UnitAdminPages.searchPersonnel(someone);
        assertEquals(1, found.size());
        assertEquals(List.of(rows.get(5)[0], "居民身份证", someone), found.get(0).subList(0, 3));
        assertEquals(ADMIN, found.get(0).get(4));
        UnitAdminPages.snapshot("personnel-found");
        UnitAdminPages.deleteFirstRow();
        assertEquals("0", Remote.value(UnitAdminBrowserIT.class, "personnelCount", someone));
        assertTrue(UnitAdminPages.text("personnel:list").contains("人员名单中暂无人员"));
    }

    private static String wrongCheck(String id) {
        return id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
    }

    private static void write(Path file, List<String[]> rows) {
        try (Workbook workbook = new Workbook(Files.newOutputStream(file), "it", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("人员名单");
            sheet.value(0, 0, "姓名");
            sheet.value(0, 1, "证件号码");
            for (int r = 0; r < rows.size(); r++) {
                sheet.value(r + 1, 0, rows.get(r)[0]);
                sheet.value(r + 1, 1, rows.get(r)[1]);
            }
            sheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> read(Path file) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCellText(c));
                }
                lines.add(cells);
            }
        }
        return lines;
    }

}
