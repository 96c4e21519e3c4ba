package cn.zhicheng.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
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

import cn.zhicheng.application.FormService;
import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.application.form.BasicInfoSection;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;
import cn.zhicheng.it.support.remote.Remote;

/**
 * The committee office and the bureau in a real browser (issue 8): the office's 评前审核 returns the application with
 * two items told at once; the applicant reads them on 查看; the applicant corrects the phone and resubmits (the form
 * screen is another stream's: through the server kit); the office sees the change field by field and approves;
 * payment, the meeting and the unit's post publicity are taken on the server (their screens have their own journeys);
 * the office's 评后审核 approves; the bureau takes 受理, 审核 and 审批. Last, 批量通过 of two rows, one refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficeAuditBrowserIT {

    private static final String NEW_PHONE = "13912345678";

    private static Map<String, String> prepared;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithKit(OfficeAuditBrowserIT.class);
    }

    @BeforeAll
    static void prepare() {
        prepared = Remote.call(OfficeAuditBrowserIT.class, "anApplicationAtPreAudit");
        OfficePages.start();
    }

    @AfterAll
    static void stopBrowser() {
        OfficePages.stop();
    }

    // ---- inside the server

    static Map<String, String> anApplicationAtPreAudit() throws Exception {
        Journey.Case c = Journey.at(ApplicationState.OFFICE_PRE_AUDIT);
        // the fixture applicant logs in with the demo password
        Db.update("UPDATE user_account SET password_hash = (SELECT password_hash FROM user_account WHERE username = "
                + "'zhangsan') WHERE username = ?", c.applicant().username());
        Map<String, String> p = new HashMap<>();
        p.put("id", Long.toString(c.id()));
        p.put("applicant", c.applicant().username());
        p.put("serialNo", Db.string("SELECT serial_no FROM application WHERE id = ?", c.id()));
        return p;
    }

    static void assertReturned(String id) {
        long applicationId = Long.parseLong(id);
        assertEquals(ApplicationState.RETURNED, Journey.state(applicationId));
        List<Object[]> items = Db.rows("SELECT i.section, i.note FROM decision_return_item i JOIN decision_record d "
                + "ON d.id = i.decision_id WHERE d.application_id = ? ORDER BY i.position", applicationId);
        assertEquals(2, items.size());
        assertEquals("基本信息", items.get(0)[0]);
        assertEquals("联系电话无法接通，请更正。", items.get(0)[1]);
        assertEquals("学历、学位证明材料", items.get(1)[0]);
    }

    /** The applicant corrects the phone and resubmits (through the server kit: the form has its own journey). */
    static String correctAndResubmit(String id, String applicant) throws Exception {
        long applicationId = Long.parseLong(id);
        FormService forms = Journey.forms();
        String before = Users.as(applicant, () -> {
            ApplicationFormView form = forms.form(applicationId);
            BasicInfoSection basic = form.getBasicInfo();
            String old = basic.getPhone();
            basic.setPhone(NEW_PHONE);
            forms.saveSection(applicationId, form.getVersion(), basic);
            return old;
        });
        long version = Journey.version(applicationId);
        Users.as(applicant, () -> Journey.workflow().decide(applicationId, version, Journey.decisionFor(Action.RESUBMIT)));
        assertEquals(ApplicationState.OFFICE_PRE_AUDIT, Journey.state(applicationId));
        return before;
    }

    static void assertAt(String id, String state) {
        assertEquals(ApplicationState.valueOf(state), Journey.state(Long.parseLong(id)));
    }

    /** 网上支付, 专家评审 and 单位评后公示 on the server: their screens have their own browser journeys. */
    static void throughPaymentMeetingAndPostPublicity(String id) throws Exception {
        long applicationId = Long.parseLong(id);
        Journey.Case c = caseOf(applicationId);
        Journey.act(c, Journey.SYSTEM, Action.PAYMENT_CONFIRMED);
        Journey.act(c, "office-jt", Action.EXPERT_PASS);
        Journey.act(c, "jt-handler", Action.POST_PUBLICITY_PASS);
        assertEquals(ApplicationState.OFFICE_POST_AUDIT, Journey.state(applicationId));
    }

    static void assertBureauApproved(String id) {
        long applicationId = Long.parseLong(id);
        assertEquals(ApplicationState.BUREAU_PUBLICITY, Journey.state(applicationId));
        assertEquals(List.of("ACCEPT", "AUDIT"), Db.rows("SELECT step FROM bureau_step WHERE application_id = ? "
                + "ORDER BY id", applicationId).stream().map(r -> (String) r[0]).toList());
        assertEquals("同意核准。", Db.string("SELECT opinion FROM application_history WHERE application_id = ? "
                + "AND action = 'BUREAU_APPROVE'", applicationId));
        assertEquals("评后审核通过。", Db.string("SELECT opinion FROM application_history WHERE application_id = ? "
                + "AND action = 'OFFICE_POST_APPROVE'", applicationId));
    }

    static Map<String, String> twoRowsOneOfThemNotAtAnAudit() throws Exception {
        Journey.Case ready = Journey.at(ApplicationState.OFFICE_PRE_AUDIT);
        Journey.Case paying = Journey.at(ApplicationState.AWAITING_PAYMENT);
        Map<String, String> p = new HashMap<>();
        p.put("ready", Long.toString(ready.id()));
        p.put("readySerial", Db.string("SELECT serial_no FROM application WHERE id = ?", ready.id()));
        p.put("paying", Long.toString(paying.id()));
        p.put("payingSerial", Db.string("SELECT serial_no FROM application WHERE id = ?", paying.id()));
        return p;
    }

    private static Journey.Case caseOf(long applicationId) {
        return new Journey.Case(applicationId, null);
    }

    // ---- in the browser

    @Test
    @Order(1)
    void theOfficeReturnsWithEveryItemToCorrectAtOnce() {
        OfficePages.loginUnit("office-jt");
        OfficePages.menu("menu-office-pre-audit", "/office/audit-list.xhtml");
        OfficePages.searchSerial("office-list", prepared.get("serialNo"));
        assertTrue(Integer.parseInt(OfficePages.stageCount("OFFICE_PRE_AUDIT")) >= 1);
        // 导出Excel: what the search shows, with the work list's Chinese headers
        java.util.List<java.util.List<String>> sheet = OfficePages.download("office-list:export", "评前评后审核-");
        assertEquals("业务流水号", sheet.get(0).get(0));
        assertEquals(2, sheet.size(), "the header and the one application searched: " + sheet);
        assertEquals(prepared.get("serialNo"), sheet.get(1).get(0));
        OfficePages.openRowAction(prepared.get("serialNo"));
        assertEquals(prepared.get("serialNo"), OfficePages.text("serial-no"));
        assertEquals("日常工作部门评前审核", OfficePages.text("stage"));
        assertTrue(OfficePages.texts(".zc-unit-review th").contains("单位的综合评价"), "the unit's opinions");
        // the applicant's three and the unit's two signed forms (单位承诺书, 评前公示情况表)
        assertEquals(5, OfficePages.rows("office-audit:materials").size(), "the materials, read-only");

        OfficePages.chooseRadio("office-audit:decision", "退回修改");
        // nothing ticked: refused next to the list, nothing written
        OfficePages.clickAndWait("office-audit:submit");
        assertTrue(OfficePages.waitForText("office-audit:items-message").contains("一次性告知"));
        OfficePages.tickItem("基本信息", "联系电话无法接通，请更正。");
        OfficePages.tickItem("学历、学位证明材料", "毕业证书扫描件不清晰，请重新上传。");
        OfficePages.type("office-audit:opinion", "请按一次性告知内容修改。");
        OfficePages.snapshot("office-return-items");
        OfficePages.clickAndWaitFor("office-audit:submit", "/office/audit-list.xhtml");
        Remote.call(OfficeAuditBrowserIT.class, "assertReturned", prepared.get("id"));
    }

    @Test
    @Order(2)
    void theApplicantSeesTheListOnTheReturnedApplication() {
        OfficePages.loginPersonal(prepared.get("applicant"));
        OfficePages.open("common/view.xhtml?id=" + prepared.get("id"));
        OfficePages.waitForVisibleText(".zc-return-title", "请按以下内容修改后重新提交");
        assertEquals(List.of("基本信息", "学历、学位证明材料"), OfficePages.texts(".zc-return-section"));
        assertEquals(List.of("联系电话无法接通，请更正。", "毕业证书扫描件不清晰，请重新上传。"), OfficePages.texts(".zc-return-note"));
        assertEquals("请按一次性告知内容修改。", OfficePages.text("return-opinion"));
        OfficePages.snapshot("applicant-return-items");
        prepared.put("oldPhone", Remote.value(OfficeAuditBrowserIT.class, "correctAndResubmit", prepared.get("id"),
                prepared.get("applicant")));
    }

    @Test
    @Order(3)
    void theOfficeSeesWhatChangedAndApproves() {
        OfficePages.loginUnit("office-jt");
        OfficePages.open("office/audit.xhtml?id=" + prepared.get("id"));
        List<List<String>> changes = OfficePages.rows("office-audit:changes");
        assertEquals(1, changes.size(), changes.toString());
        assertEquals(List.of("基本信息", "", "联系电话", prepared.get("oldPhone"), NEW_PHONE), changes.get(0));
        OfficePages.snapshot("office-changes");
        OfficePages.chooseRadio("office-audit:decision", "通过");
        OfficePages.type("office-audit:opinion", "已按要求修改，同意。");
        OfficePages.clickAndWaitFor("office-audit:submit", "/office/audit-list.xhtml");
        Remote.call(OfficeAuditBrowserIT.class, "assertAt", prepared.get("id"), "AWAITING_PAYMENT");
    }

    @Test
    @Order(4)
    void afterTheMeetingTheOfficePostAuditsAndTheBureauAcceptsAuditsApproves() {
        Remote.call(OfficeAuditBrowserIT.class, "throughPaymentMeetingAndPostPublicity", prepared.get("id"));
        OfficePages.loginUnit("office-jt");
        OfficePages.menu("menu-office-post-audit", "/office/audit-list.xhtml");
        OfficePages.searchSerial("office-list", prepared.get("serialNo"));
        OfficePages.openRowAction(prepared.get("serialNo"));
        assertEquals("日常工作部门评后审核", OfficePages.text("stage"));
        OfficePages.chooseRadio("office-audit:decision", "通过");
        OfficePages.type("office-audit:opinion", "评后审核通过。");
        OfficePages.clickAndWaitFor("office-audit:submit", "/office/audit-list.xhtml");
        Remote.call(OfficeAuditBrowserIT.class, "assertAt", prepared.get("id"), "BUREAU_REVIEW");

        OfficePages.loginUnit("bureau");
        OfficePages.menu("menu-bureau-review", "/bureau/review-list.xhtml");
        OfficePages.searchSerial("bureau-list", prepared.get("serialNo"));
        OfficePages.openRowAction(prepared.get("serialNo"));
        assertEquals("人社审核", OfficePages.text("stage"));
        // 审批 cannot come first: the page offers 受理
        assertEquals("受理", OfficePages.text("bureau-review:take-step"));
        OfficePages.type("bureau-review:opinion", "材料齐全，予以受理。");
        OfficePages.clickAndWait("bureau-review:take-step");
        OfficePages.waitForVisibleText("#bureau-review\\:take-step", "审核通过");
        OfficePages.type("bureau-review:opinion", "经审核，符合条件。");
        OfficePages.clickAndWait("bureau-review:take-step");
        OfficePages.waitForVisibleText("#bureau-review\\:take-step", "审批通过");
        assertEquals(List.of("受理", "审核"), OfficePages.rows("bureau-review:steps").stream().map(r -> r.get(0)).toList());
        OfficePages.snapshot("bureau-steps");
        OfficePages.type("bureau-review:opinion", "同意核准。");
        OfficePages.clickAndWaitFor("bureau-review:take-step", "/bureau/review-list.xhtml");
        Remote.call(OfficeAuditBrowserIT.class, "assertBureauApproved", prepared.get("id"));
    }

    @Test
    @Order(5)
    void bulkApprovalShowsAResultPerRowAndOneRefusalUndoesNothing() {
        Map<String, String> bulk = Remote.call(OfficeAuditBrowserIT.class, "twoRowsOneOfThemNotAtAnAudit");
        OfficePages.loginUnit("office-jt");
        OfficePages.menu("menu-office-pre-audit", "/office/audit-list.xhtml");
        OfficePages.clickAndWait("office-list:stage-all");
        OfficePages.searchSerial("office-list", bulk.get("readySerial").substring(0, 11));
        OfficePages.selectRow(bulk.get("readySerial"));
        OfficePages.selectRow(bulk.get("payingSerial"));
        OfficePages.clickAndWait("office-list:bulk-approve");
        OfficePages.waitVisible("bulk-result-form:bulk-results");
        List<List<String>> results = OfficePages.rows("bulk-result-form:bulk-results");
        assertEquals(2, results.size(), results.toString());
        Map<String, String> bySerial = new HashMap<>();
        results.forEach(r -> bySerial.put(r.get(0), r.get(2)));
        assertEquals("已通过", bySerial.get(bulk.get("readySerial")));
        assertTrue(bySerial.get(bulk.get("payingSerial")).contains("不能"), bySerial.toString());
        OfficePages.snapshot("office-bulk");
        Remote.call(OfficeAuditBrowserIT.class, "assertAt", bulk.get("ready"), "AWAITING_PAYMENT");
        Remote.call(OfficeAuditBrowserIT.class, "assertAt", bulk.get("paying"), "AWAITING_PAYMENT");
    }
}
