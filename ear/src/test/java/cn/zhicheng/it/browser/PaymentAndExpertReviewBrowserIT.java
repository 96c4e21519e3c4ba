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
 * 网上支付 and 专家评审 in a real browser: the applicant opens 支付, sees the order's fields and QR code, prints the
 * 缴费通知书 and pays on the payment platform's cashier, which notifies the platform: the application moves to 专家评审.
 * The office convenes a meeting of seven pool members (the one of the applicant's unit recused automatically),
 * records attendance and opens the ballot; five experts log in and vote 同意; the recused one sees nothing to review;
 * the office closes the ballot: passed, on to 单位评后公示.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaymentAndExpertReviewBrowserIT {

    private static Map<String, String> prepared;
    private static String meetingId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithKit(PaymentAndExpertReviewBrowserIT.class);
    }

    @BeforeAll
    static void prepare() {
        prepared = Remote.call(PaymentAndExpertReviewBrowserIT.class, "anApplicationAwaitingPaymentAndSevenExperts");
        ReviewPages.start();
    }

    @AfterAll
    static void stopBrowser() {
        ReviewPages.stop();
    }

    // ---- inside the server

    static Map<String, String> anApplicationAwaitingPaymentAndSevenExperts() throws Exception {
        Journey.Case c = Journey.at(ApplicationState.AWAITING_PAYMENT);
        // the fixture applicant logs in with the demo password
        Db.update("UPDATE user_account SET password_hash = (SELECT password_hash FROM user_account WHERE username = "
                + "'zhangsan') WHERE username = ?", c.applicant().username());
        List<Reviews.Member> members = Reviews.members(7, 1);
        Map<String, String> p = new HashMap<>();
        p.put("id", Long.toString(c.id()));
        p.put("applicant", c.applicant().username());
        p.put("name", c.applicant().name());
        p.put("serialNo", Db.string("SELECT serial_no FROM application WHERE id = ?", c.id()));
        p.put("fee", Db.value("SELECT amount FROM fee WHERE title_level = 'INTERMEDIATE'").toString());
        for (int i = 0; i < members.size(); i++) {
            p.put("expert" + i, members.get(i).username());
            p.put("expertName" + i, members.get(i).name());
        }
        return p;
    }

    static void assertPaid(String id, String transactionNo) {
        long applicationId = Long.parseLong(id);
        assertEquals(ApplicationState.EXPERT_REVIEW, Journey.state(applicationId));
        assertEquals("PAID", Db.string("SELECT status FROM payment_order WHERE transaction_no = ? AND application_id = ?",
                transactionNo, applicationId));
        assertEquals("system", Db.string("SELECT actor_username FROM application_history WHERE application_id = ? "
                + "AND action = 'PAYMENT_CONFIRMED'", applicationId));
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

    // ---- in the browser

    @Test
    @Order(1)
    void theApplicantPaysThroughThePaymentPlatform() throws Exception {
        String id = prepared.get("id");
        ReviewPages.loginPersonal(prepared.get("applicant"));
        ReviewPages.open("individual/payment.xhtml?id=" + id);
        assertEquals(prepared.get("serialNo"), ReviewPages.text("serial-no"));
        assertTrue(ReviewPages.present("#payment\\:no-order"));
        ReviewPages.pay();
        String orderNo = prepared.get("serialNo") + "01";
        assertEquals(orderNo, ReviewPages.text("order-no"));
        assertEquals("深圳市交通运输专业职称评审委员会办公室", ReviewPages.text("payee-name"));
        assertEquals("440300101001", ReviewPages.text("payee-code"));
        assertEquals(prepared.get("name"), ReviewPages.text("payer"));
        assertEquals(prepared.get("fee") + " 元", ReviewPages.text("amount"));
        assertEquals(prepared.get("fee") + " 元", ReviewPages.text("total"));
        assertEquals("未缴费", ReviewPages.text("status"));
        assertTrue(ReviewPages.text("deadline").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"));
        assertTrue(ReviewPages.qrSource().startsWith("data:image/png;base64,"), "the QR code");
        ReviewPages.snapshot("payment-order");

        byte[] notice = ReviewPages.downloadNotice(orderNo);
        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(notice, 4), "缴费通知书 is a PDF");

        String transaction = ReviewPages.payAtCashier();
        assertTrue(transaction.startsWith("SIM"), transaction);
        ReviewPages.snapshot("payment-paid");
        Remote.call(PaymentAndExpertReviewBrowserIT.class, "assertPaid", id, transaction);

        ReviewPages.open("individual/payment.xhtml?id=" + id);
        assertEquals("已缴费", ReviewPages.text("status"));
        assertEquals("专家评审", ReviewPages.text("stage"));
    }

    @Test
    @Order(2)
    void theOfficeConvenesSevenExpertsWithOneRecusedAndOpensTheBallot() {
        ReviewPages.loginUnit("office-jt");
        ReviewPages.openNewMeeting();
        for (int i = 0; i < 7; i++) {
            ReviewPages.tick("meeting:experts", prepared.get("expertName" + i) + "（");
        }
        ReviewPages.tick("meeting:applications", prepared.get("serialNo"));
        ReviewPages.snapshot("meeting-new");
        meetingId = ReviewPages.createMeeting();

        List<String> row = ReviewPages.agendaRow(0);
        assertEquals(prepared.get("serialNo"), row.get(0));
        assertEquals(prepared.get("expertName0") + "：本单位申报人", row.get(3), "recused automatically");
        assertEquals("0", row.get(4), "nobody present yet");
        for (int i = 0; i < 7; i++) {
            ReviewPages.tick("detail:present", prepared.get("expertName" + i) + "（");
        }
        ReviewPages.clickAndWait("detail:save-attendance");
        assertEquals("应到7人，实到7人，须不少于5人（三分之二）方可投票。", ReviewPages.text("quorum"));
        assertEquals("6", ReviewPages.agendaRow(0).get(4), "seven present, one recused");
        ReviewPages.clickAndWait("detail:open-voting");
        assertEquals("投票中", ReviewPages.text("meeting-status"));
        ReviewPages.snapshot("meeting-voting");
    }

    @Test
    @Order(3)
    void fiveExpertsVoteForAndTheRecusedOneHasNothingToReview() {
        for (int i = 1; i <= 5; i++) {
            ReviewPages.loginPersonal(prepared.get("expert" + i));
            ReviewPages.openBallot(meetingId);
            ReviewPages.vote(prepared.get("serialNo"), "同意");
            if (i == 1) {
                ReviewPages.snapshot("ballot-voted");
            }
        }
        ReviewPages.loginPersonal(prepared.get("expert0"));
        ReviewPages.openBallot(meetingId);
        assertEquals(List.of(), ReviewPages.ballotRows());
        assertEquals("1", ReviewPages.text("recused-count"));
        ReviewPages.snapshot("ballot-recused");
        ReviewPages.open("common/view.xhtml?id=" + prepared.get("id"));
        assertTrue(ReviewPages.text("not-found-message").contains("未找到该业务"), "the recused expert cannot open it");
    }

    @Test
    @Order(4)
    void theOfficeClosesTheBallotAndTheApplicationPasses() {
        ReviewPages.loginUnit("office-jt");
        ReviewPages.open("office/meetings-detail.xhtml?id=" + meetingId);
        assertEquals("5", ReviewPages.agendaRow(0).get(5), "the turnout, never the choices");
        assertEquals("投票结束后公布", ReviewPages.agendaRow(0).get(6));
        ReviewPages.clickConfirmed("detail:close-ballot", "detail:confirm-yes");
        ReviewPages.waitForText(".zc-verdict", "通过");
        List<String> row = ReviewPages.agendaRow(0);
        assertEquals("同意5票，不同意0票，弃权0票 通过", row.get(6));
        assertEquals("单位评后公示", row.get(7));
        ReviewPages.snapshot("meeting-closed");
        Remote.call(PaymentAndExpertReviewBrowserIT.class, "assertPassed", prepared.get("id"), meetingId);
    }
}
