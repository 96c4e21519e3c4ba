package cn.zhicheng.it.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
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

import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Reviews;
import cn.zhicheng.it.support.remote.Remote;

/**
 * Issue 8's whole journey with ONE application in ONE browser, from the office's 评前审核 to the public 证书查询: the
 * office returns with two items told at once; the applicant reads them on the returned form and 重新提交 there; the
 * office sees the change and approves; the applicant pays on the payment platform's cashier; the office convenes
 * seven experts (the one of the applicant's unit recused automatically), records attendance and opens the ballot;
 * five vote 同意; the office closes the ballot (passed); the unit records 评后公示 with its signed 公示情况表; the
 * office's 评后审核 approves; the bureau takes 受理, 审核, 审批, records 人社公示 and issues the certificate; the QR
 * code read off the downloaded PDF is the verification URL, and the public query finds the certificate. The server
 * kit only prepares the starting case (and the experts) and reads the database after every stage.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficeToCertificateJourneyBrowserIT {

    private static final String NEW_PHONE = "13912345678";
    private static final String UNIT_HANDLER = "jt-handler";

    private static Map<String, String> prepared;
    private static String meetingId;
    private static String certificateNo;
    private static String verificationUrl;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithKit(OfficeToCertificateJourneyBrowserIT.class);
    }

    @BeforeAll
    static void prepare() {
        prepared = Remote.call(OfficeToCertificateJourneyBrowserIT.class, "anApplicationAtPreAuditAndSevenExperts");
        JourneyPages.start();
    }

    @AfterAll
    static void stopBrowser() {
        JourneyPages.stop();
    }

    // ---- inside the server

    static Map<String, String> anApplicationAtPreAuditAndSevenExperts() throws Exception {
        Journey.Case c = Journey.at(ApplicationState.OFFICE_PRE_AUDIT);
        // the fixture applicant logs in with the demo password
        Db.update("UPDATE user_account SET password_hash = (SELECT password_hash FROM user_account WHERE username = "
                + "'zhangsan') WHERE username = ?", c.applicant().username());
        // seven pool members of the committee, the first of the applicant's unit
        List<Reviews.Member> members = Reviews.members(7, 1);
        Map<String, String> p = new HashMap<>();
        p.put("id", Long.toString(c.id()));
        p.put("applicant", c.applicant().username());
        p.put("name", c.applicant().name());
        p.put("idNumber", Db.string("SELECT p.id_number FROM person p JOIN application a ON a.applicant_id = p.id "
                + "WHERE a.id = ?", c.id()));
        p.put("serialNo", Db.string("SELECT serial_no FROM application WHERE id = ?", c.id()));
        p.put("fee", Db.value("SELECT amount FROM fee WHERE title_level = 'INTERMEDIATE'").toString());
        for (int i = 0; i < members.size(); i++) {
            p.put("expert" + i, members.get(i).username());
            p.put("expertName" + i, members.get(i).name());
        }
        return p;
    }

    static void assertAt(String id, String state) {
        assertEquals(ApplicationState.valueOf(state), Journey.state(Long.parseLong(id)));
    }

    static void assertReturnedWithItems(String id) {
        long applicationId = Long.parseLong(id);
        assertEquals(ApplicationState.RETURNED, Journey.state(applicationId));
        List<Object[]> items = Db.rows("SELECT i.section, i.note FROM decision_return_item i JOIN decision_record d "
                + "ON d.id = i.decision_id WHERE d.application_id = ? ORDER BY i.position", applicationId);
        assertEquals(2, items.size());
        assertEquals("基本信息", items.get(0)[0]);
        assertEquals("联系电话无法接通，请更正。", items.get(0)[1]);
        assertEquals("学历、学位证明材料", items.get(1)[0]);
        assertEquals("请按一次性告知内容修改。", Db.string("SELECT opinion FROM application_history WHERE application_id = ? "
                + "AND action = 'OFFICE_PRE_RETURN'", applicationId));
    }

    static void assertResubmitted(String id, String applicant) {
        long applicationId = Long.parseLong(id);
        assertEquals(ApplicationState.OFFICE_PRE_AUDIT, Journey.state(applicationId));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM application_history WHERE application_id = ? AND action = 'RESUBMIT' "
                + "AND actor_username = ?", applicationId, applicant));
    }

    static void assertPreApproved(String id) {
        long applicationId = Long.parseLong(id);
        assertEquals(ApplicationState.AWAITING_PAYMENT, Journey.state(applicationId));
        assertEquals("已按要求修改，同意。", Db.string("SELECT opinion FROM application_history WHERE application_id = ? "
                + "AND action = 'OFFICE_PRE_APPROVE'", applicationId));
    }

    static void assertPaid(String id, String transactionNo) {
        long applicationId = Long.parseLong(id);
        assertEquals(ApplicationState.EXPERT_REVIEW, Journey.state(applicationId));
        assertEquals("PAID", Db.string("SELECT status FROM payment_order WHERE transaction_no = ? AND application_id = ?",
                transactionNo, applicationId));
        assertEquals("system", Db.string("SELECT actor_username FROM application_history WHERE application_id = ? "
                + "AND action = 'PAYMENT_CONFIRMED'", applicationId));
    }

    static void assertVoting(String meeting) {
        assertEquals("VOTING", Db.string("SELECT status FROM expert_meeting WHERE id = ?", Long.parseLong(meeting)));
    }

    static void assertPassed(String id, String meeting) {
        long applicationId = Long.parseLong(id);
        assertEquals(ApplicationState.UNIT_POST_PUBLICITY, Journey.state(applicationId));
        Object[] r = Db.rows("SELECT m.passed, m.present, m.in_favour, m.against, m.abstained FROM decision_meeting_result m "
                + "JOIN decision_record d ON d.id = m.id WHERE d.application_id = ?", applicationId).get(0);
        assertEquals(Boolean.TRUE, r[0]);
        assertEquals(List.of(6, 5, 0, 0), Arrays.stream(r, 1, 5).map(v -> ((Number) v).intValue()).toList(),
                "six present and not recused, five for");
        assertEquals("CLOSED", Db.string("SELECT status FROM expert_meeting WHERE id = ?", Long.parseLong(meeting)));
        assertEquals(5, Db.count("SELECT COUNT(*) FROM meeting_turnout WHERE meeting_id = ?", Long.parseLong(meeting)));
    }

    static void assertPostPublicityRecorded(String id) {
        long applicationId = Long.parseLong(id);
        assertEquals(ApplicationState.OFFICE_POST_AUDIT, Journey.state(applicationId));
        Object[] row = Db.rows("SELECT p.start_date, p.end_date, p.working_days, p.passed FROM decision_publicity p "
                + "JOIN decision_record d ON d.id = p.id WHERE d.application_id = ? AND d.action = 'POST_PUBLICITY_PASS'",
                applicationId).get(0);
        assertEquals("2020-12-21", row[0].toString());
        assertEquals("2020-12-25", row[1].toString());
        assertEquals(5, ((Number) row[2]).intValue());
        assertEquals(Boolean.TRUE, row[3]);
        assertEquals(UNIT_HANDLER, Db.string("SELECT actor_username FROM application_history WHERE application_id = ? "
                + "AND action = 'POST_PUBLICITY_PASS'", applicationId));
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

    static String publicityDays(String id) {
        return Db.value("SELECT p.working_days FROM decision_publicity p JOIN decision_record d ON d.id = p.id "
                + "WHERE d.application_id = ? AND d.action = 'BUREAU_PUBLICITY_PASS'", Long.parseLong(id)).toString();
    }

    static String certificateNoOf(String id) {
        return Db.string("SELECT certificate_no FROM application WHERE id = ?", Long.parseLong(id));
    }

    static String queries(String id, String outcome, String channel) {
        return String.valueOf(Db.count("SELECT COUNT(*) FROM certificate_query WHERE application_id = ? AND outcome = ? "
                + "AND channel = ?", Long.parseLong(id), outcome, channel));
    }

    // ---- in the browser

    @Test
    @Order(1)
    void theOfficeReturnsWithEveryItemToCorrectAtOnce() {
        OfficePages.loginUnit("office-jt");
        OfficePages.menu("menu-office-pre-audit", "/office/audit-list.xhtml");
        OfficePages.searchSerial("office-list", prepared.get("serialNo"));
        OfficePages.openRowAction(prepared.get("serialNo"));
        assertEquals(prepared.get("serialNo"), OfficePages.text("serial-no"));
        assertEquals("日常工作部门评前审核", OfficePages.text("stage"));
        OfficePages.chooseRadio("office-audit:decision", "退回修改");
        OfficePages.tickItem("基本信息", "联系电话无法接通，请更正。");
        OfficePages.tickItem("学历、学位证明材料", "毕业证书扫描件不清晰，请重新上传。");
        OfficePages.type("office-audit:opinion", "请按一次性告知内容修改。");
        OfficePages.snapshot("journey-office-return");
        OfficePages.clickAndWaitFor("office-audit:submit", "/office/audit-list.xhtml");
        Remote.call(OfficeToCertificateJourneyBrowserIT.class, "assertReturnedWithItems", prepared.get("id"));
    }

    @Test
    @Order(2)
    void theApplicantReadsTheItemsOnTheReturnedFormAndResubmitsThere() {
        FormPages browser = JourneyPages.browser();
        browser.login(prepared.get("applicant"));
        browser.open("individual/items.xhtml?tab=TO_DO");
        browser.waitForVisibleText("#items", prepared.get("serialNo"));
        browser.click("a[id$=':edit']");
        browser.waitForUrl("/individual/form.xhtml", "id=" + prepared.get("id"));
        assertEquals("请按一次性告知内容修改。", browser.text("return-opinion-text"));
        String items = browser.text("return-item-list");
        assertTrue(items.contains("基本信息") && items.contains("联系电话无法接通，请更正。")
                && items.contains("毕业证书扫描件不清晰，请重新上传。"), items);
        assertEquals("重新提交", browser.text("submit"));
        browser.type("basicInfo-phone", NEW_PHONE);
        browser.snapshot("journey-applicant-resubmit");
        browser.markPage();
        browser.submit();
        browser.waitForNewPage();
        browser.waitForUrl("/individual/items.xhtml", "tab=IN_PROGRESS");
        Remote.call(OfficeToCertificateJourneyBrowserIT.class, "assertResubmitted", prepared.get("id"),
                prepared.get("applicant"));
    }

    @Test
    @Order(3)
    void theOfficeSeesThePhoneChangedAndApproves() {
        OfficePages.loginUnit("office-jt");
        OfficePages.open("office/audit.xhtml?id=" + prepared.get("id"));
        List<List<String>> changes = OfficePages.rows("office-audit:changes");
        assertTrue(changes.stream().anyMatch(r -> r.contains("联系电话") && r.contains(NEW_PHONE)), changes.toString());
        OfficePages.chooseRadio("office-audit:decision", "通过");
        OfficePages.type("office-audit:opinion", "已按要求修改，同意。");
        OfficePages.clickAndWaitFor("office-audit:submit", "/office/audit-list.xhtml");
        Remote.call(OfficeToCertificateJourneyBrowserIT.class, "assertPreApproved", prepared.get("id"));
    }

    @Test
    @Order(4)
    void theApplicantPaysThroughThePaymentPlatform() {
        ReviewPages.loginPersonal(prepared.get("applicant"));
        ReviewPages.open("individual/payment.xhtml?id=" + prepared.get("id"));
        assertEquals(prepared.get("serialNo"), ReviewPages.text("serial-no"));
        ReviewPages.pay();
        assertEquals(prepared.get("fee") + " 元", ReviewPages.text("amount"));
        assertEquals("未缴费", ReviewPages.text("status"));
        String transaction = ReviewPages.payAtCashier();
        assertTrue(transaction.startsWith("SIM"), transaction);
        ReviewPages.snapshot("journey-paid");
        Remote.call(OfficeToCertificateJourneyBrowserIT.class, "assertPaid", prepared.get("id"), transaction);
    }

    @Test
    @Order(5)
    void theOfficeConvenesSevenExpertsOneRecusedRecordsAttendanceAndOpensTheBallot() {
        ReviewPages.loginUnit("office-jt");
        ReviewPages.openNewMeeting();
        for (int i = 0; i < 7; i++) {
            ReviewPages.tick("meeting:experts", prepared.get("expertName" + i) + "（");
        }
        ReviewPages.tick("meeting:applications", prepared.get("serialNo"));
        meetingId = ReviewPages.createMeeting();
        List<String> row = ReviewPages.agendaRow(0);
        assertEquals(prepared.get("serialNo"), row.get(0));
        assertEquals(prepared.get("expertName0") + "：本单位申报人", row.get(3), "recused automatically");
        for (int i = 0; i < 7; i++) {
            ReviewPages.tick("detail:present", prepared.get("expertName" + i) + "（");
        }
        ReviewPages.clickAndWait("detail:save-attendance");
        assertEquals("应到7人，实到7人，须不少于5人（三分之二）方可投票。", ReviewPages.text("quorum"));
        assertEquals("6", ReviewPages.agendaRow(0).get(4), "seven present, one recused");
        ReviewPages.clickAndWait("detail:open-voting");
        assertEquals("投票中", ReviewPages.text("meeting-status"));
        ReviewPages.snapshot("journey-meeting-voting");
        Remote.call(OfficeToCertificateJourneyBrowserIT.class, "assertVoting", meetingId);
    }

    @Test
    @Order(6)
    void fiveExpertsVoteForAndTheOfficeClosesTheBallot() {
        for (int i = 1; i <= 5; i++) {
            ReviewPages.loginPersonal(prepared.get("expert" + i));
            ReviewPages.openBallot(meetingId);
            ReviewPages.vote(prepared.get("serialNo"), "同意");
        }
        ReviewPages.loginPersonal(prepared.get("expert0"));
        ReviewPages.openBallot(meetingId);
        assertEquals(List.of(), ReviewPages.ballotRows(), "the recused expert has nothing to review");

        ReviewPages.loginUnit("office-jt");
        ReviewPages.open("office/meetings-detail.xhtml?id=" + meetingId);
        assertEquals("5", ReviewPages.agendaRow(0).get(5), "the turnout");
        ReviewPages.clickConfirmed("detail:close-ballot", "detail:confirm-yes");
        ReviewPages.waitForText(".zc-verdict", "通过");
        assertEquals("同意5票，不同意0票，弃权0票 通过", ReviewPages.agendaRow(0).get(6));
        ReviewPages.snapshot("journey-meeting-closed");
        Remote.call(OfficeToCertificateJourneyBrowserIT.class, "assertPassed", prepared.get("id"), meetingId);
    }

    @Test
    @Order(7)
    void theUnitRecordsThePostReviewPublicityWithItsSignedForm() {
        FormPages browser = JourneyPages.browser();
        browser.loginUnit(UNIT_HANDLER);
        UnitReviewPages.openReviewFromMenu(UNIT_HANDLER);
        UnitReviewPages.clickStage("UNIT_POST_PUBLICITY");
        UnitReviewPages.searchApplicant(prepared.get("idNumber"));
        UnitReviewPages.rowAction("zc-action-publicity", "/unit/publicity.xhtml?id=" + prepared.get("id"));
        UnitReviewPages.typeDate("publicity:start", "2020-12-21");
        UnitReviewPages.typeDate("publicity:end", "2020-12-25");
        UnitReviewPages.waitForValue("publicity:text", "2020年12月25日");
        // the signed 评后公示情况表
        UnitReviewPages.uploadUnitMaterial("post-publicity-form");
        UnitReviewPages.snapshot("journey-unit-post-publicity");
        UnitReviewPages.click("publicity:submit");
        UnitReviewPages.waitForUrl("/unit/review.xhtml");
        assertTrue(UnitReviewPages.globalMessages("review:review-messages").contains("公示结果已提交"));
        Remote.call(OfficeToCertificateJourneyBrowserIT.class, "assertPostPublicityRecorded", prepared.get("id"));
    }

    @Test
    @Order(8)
    void theOfficePostAuditsAndTheBureauAcceptsAuditsApproves() {
        OfficePages.loginUnit("office-jt");
        OfficePages.menu("menu-office-post-audit", "/office/audit-list.xhtml");
        OfficePages.searchSerial("office-list", prepared.get("serialNo"));
        OfficePages.openRowAction(prepared.get("serialNo"));
        assertEquals("日常工作部门评后审核", OfficePages.text("stage"));
        OfficePages.chooseRadio("office-audit:decision", "通过");
        OfficePages.type("office-audit:opinion", "评后审核通过。");
        OfficePages.clickAndWaitFor("office-audit:submit", "/office/audit-list.xhtml");
        Remote.call(OfficeToCertificateJourneyBrowserIT.class, "assertAt", prepared.get("id"), "BUREAU_REVIEW");

        OfficePages.loginUnit("bureau");
        OfficePages.menu("menu-bureau-review", "/bureau/review-list.xhtml");
        OfficePages.searchSerial("bureau-list", prepared.get("serialNo"));
        OfficePages.openRowAction(prepared.get("serialNo"));
        assertEquals("人社审核", OfficePages.text("stage"));
        assertEquals("受理", OfficePages.text("bureau-review:take-step"));
        OfficePages.type("bureau-review:opinion", "材料齐全，予以受理。");
        OfficePages.clickAndWait("bureau-review:take-step");
        OfficePages.waitForVisibleText("#bureau-review\\:take-step", "审核通过");
        OfficePages.type("bureau-review:opinion", "经审核，符合条件。");
        OfficePages.clickAndWait("bureau-review:take-step");
        OfficePages.waitForVisibleText("#bureau-review\\:take-step", "审批通过");
        OfficePages.type("bureau-review:opinion", "同意核准。");
        OfficePages.clickAndWaitFor("bureau-review:take-step", "/bureau/review-list.xhtml");
        Remote.call(OfficeToCertificateJourneyBrowserIT.class, "assertBureauApproved", prepared.get("id"));
    }

    @Test
    @Order(9)
    void theBureauRecordsItsPublicityAndIssuesTheCertificate() {
        FormPages browser = JourneyPages.browser();
        browser.clickMenu("menu-bureau-publicity");
        browser.waitForUrl("bureau/publicity.xhtml");
        CertificatePages.recordPublicity(prepared.get("serialNo"), "2020-12-21", "2020-12-25");
        browser.waitForVisibleText("#publicity-list\\:list-messages", prepared.get("serialNo"));
        Remote.call(OfficeToCertificateJourneyBrowserIT.class, "assertAt", prepared.get("id"), "CERTIFICATE");
        assertEquals("5", Remote.value(OfficeToCertificateJourneyBrowserIT.class, "publicityDays", prepared.get("id")));

        browser.clickMenu("menu-bureau-certificate");
        browser.waitForUrl("bureau/certificate.xhtml");
        CertificatePages.issue(prepared.get("serialNo"));
        certificateNo = Remote.value(OfficeToCertificateJourneyBrowserIT.class, "certificateNoOf", prepared.get("id"));
        assertTrue(certificateNo != null && certificateNo.matches("ZC\\d{13}"), certificateNo);
        browser.waitForVisibleText("#certificates\\:messages", certificateNo);
        Remote.call(OfficeToCertificateJourneyBrowserIT.class, "assertAt", prepared.get("id"), "APPROVED");
        browser.snapshot("journey-certificate-issued");
    }

    @Test
    @Order(10)
    void theQrCodeOfTheDownloadedCertificateIsTheVerificationUrlAndThePublicQueryFindsIt() throws Exception {
        FormPages browser = JourneyPages.browser();
        browser.loginPersonal(prepared.get("applicant"));
        browser.open("common/view.xhtml?id=" + prepared.get("id"));
        browser.waitForAjax();
        assertEquals(certificateNo, browser.text("certificate-no"));
        byte[] pdf = CertificatePages.downloadCertificate(certificateNo);
        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(pdf, 4), "the electronic certificate is a PDF");
        verificationUrl = CertificatePages.qrCodeOf(pdf);
        assertEquals(Browser.baseUrl() + "certificate-query/index.xhtml?no=" + certificateNo, verificationUrl);

        browser.anonymous();
        browser.driver.get(verificationUrl);
        assertEquals(certificateNo, browser.value("query:certificateNo"), "the number comes with the QR code's link");
        CertificatePages.query(prepared.get("name"), prepared.get("idNumber"), null);
        assertEquals(certificateNo, browser.text("fact-no"));
        assertEquals(prepared.get("name"), browser.text("fact-name"));
        browser.snapshot("journey-public-query");
        assertEquals("1", Remote.value(OfficeToCertificateJourneyBrowserIT.class, "queries", prepared.get("id"),
                "FOUND", "PAGE"));
    }
}
