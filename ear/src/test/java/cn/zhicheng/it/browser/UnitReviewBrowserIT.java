package cn.zhicheng.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.naming.InitialContext;

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

import cn.zhicheng.application.WorkListFilter;
import cn.zhicheng.application.WorkListService;
import cn.zhicheng.application.WorkListSort;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;
import cn.zhicheng.it.support.remote.Remote;

/**
 * The unit's 资格评审 journeys in a real browser (manual chapters 3–5): the stage bar's counts against the service
 * and the database, 单位审核 refused for a 149-character evaluation (message shown, text kept) and then returned
 * with a reason, a second application approved, and its 评前公示 result refused at 4 working days over 元旦 and
 * accepted at 5.
 *
 * <p>The tests drive Chromium ({@link UnitReviewPages}) from the client; the static steps they name run inside the
 * server through the server kit ({@link Remote}), drive the cases with the IT kit and assert the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnitReviewBrowserIT {

    private static final String HANDLER = "jt-handler";
    private static final String RETURN_REASON = "请补充2020年度继续教育学时证明，并更正工作经历的起止时间。";
    private static final String EVALUATION_150 = Journey.EVALUATION_150;
    private static final String EVALUATION_149 = EVALUATION_150.substring(1);

    /** What the server's first step prepared: case ids, ID numbers, expected counts. */
    private static Map<String, String> expected;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithKit(UnitReviewBrowserIT.class);
    }

    @BeforeAll
    static void prepare() {
        expected = Remote.call(UnitReviewBrowserIT.class, "prepareTwoApplicationsAtUnitReviewAndTheExpectedCounts");
        UnitReviewPages.start();
    }

    @AfterAll
    static void stopBrowser() {
        UnitReviewPages.stop();
    }

    // ---- inside the server: cases and expectations ----

    static Map<String, String> prepareTwoApplicationsAtUnitReviewAndTheExpectedCounts() throws Exception {
        Journey.Case toReturn = Journey.at(ApplicationState.UNIT_REVIEW);
        Journey.Case toApprove = Journey.at(ApplicationState.UNIT_REVIEW);

        // what the service gives jt-handler, checked against the scope rule written out in SQL
        WorkListService workLists = InitialContext.doLookup(
                "java:global/zhicheng/zhicheng-ejb/DefaultWorkListService!cn.zhicheng.application.WorkListService");
        Map<ApplicationState, Long> service = Users.as(HANDLER, () ->
                workLists.list(WorkListFilter.none(), WorkListSort.NEWEST_SUBMITTED, 0, 1).countsByState());
        Map<ApplicationState, Long> sql = new EnumMap<>(ApplicationState.class);
        for (Object[] row : Db.rows("SELECT state, COUNT(*) FROM application WHERE unit_id = ? AND state <> 'DRAFT' "
                + "AND submitted_at IS NOT NULL GROUP BY state", Fixtures.unitId(Fixtures.JT_ORG_CODE))) {
            sql.put(ApplicationState.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        Map<String, String> handoff = new java.util.HashMap<>();
        long total = 0;
        for (ApplicationState s : ApplicationState.values()) {
            long expected = sql.getOrDefault(s, 0L);
            assertEquals(expected, service.getOrDefault(s, 0L).longValue(), s.name());
            handoff.put("count." + s.name(), Long.toString(expected));
            total += expected;
        }
        assertTrue(sql.getOrDefault(ApplicationState.UNIT_REVIEW, 0L) >= 3, "zhangsan's and the two new cases");
        handoff.put("count.all", Long.toString(total));
        handoff.put("return.id", Long.toString(toReturn.id()));
        handoff.put("return.idNumber", toReturn.applicant().idNumber());
        handoff.put("return.name", toReturn.applicant().name());
        handoff.put("approve.id", Long.toString(toApprove.id()));
        handoff.put("approve.idNumber", toApprove.applicant().idNumber());
        handoff.put("approve.name", toApprove.applicant().name());
        handoff.put("approve.history", Long.toString(Journey.historyCount(toApprove.id())));
        return handoff;
    }

    // ---- in the browser ----

    @Test
    @Order(2)
    void theStageBarCountsWhatTheDatabaseHoldsAndTheUnitReturnsAnApplication() {
        UnitReviewPages.openReviewFromMenu(HANDLER);
        assertEquals(Long.parseLong(expected.get("count.all")), UnitReviewPages.stageCount("all"));
        for (String stage : List.of("UNIT_REVIEW", "UNIT_PRE_PUBLICITY", "UNIT_POST_PUBLICITY")) {
            assertEquals(Long.parseLong(expected.get("count." + stage)), UnitReviewPages.stageCount(stage), stage);
        }
        UnitReviewPages.snapshot("unit-review-list");

        // 单位审核: only that stage, zhangsan's demo application among the rows
        UnitReviewPages.clickStage("UNIT_REVIEW");
        List<String> stages = UnitReviewPages.column(4);
        assertTrue(!stages.isEmpty() && stages.stream().allMatch("单位审核"::equals), stages.toString());
        assertTrue(UnitReviewPages.column(3).contains("张三"), UnitReviewPages.column(3).toString());
        UnitReviewPages.snapshot("unit-review-stage");

        // the case to return, found by its applicant's ID number; 审核 opens 单位审核
        UnitReviewPages.searchApplicant(expected.get("return.idNumber"));
        assertEquals(List.of(expected.get("return.name")), UnitReviewPages.column(3));
        String id = expected.get("return.id");
        List<String> links = UnitReviewPages.rowLinks();
        System.out.println("row links: " + links);
        assertEquals(5, links.size(), links.toString());
        assertTrue(links.get(0).startsWith("审核 ") && links.get(0).endsWith("/zhicheng/unit/audit.xhtml?id=" + id), links.toString());
        assertTrue(links.get(1).startsWith("进度 ") && links.get(1).endsWith("/zhicheng/common/progress.xhtml?id=" + id), links.toString());
        assertTrue(links.get(2).startsWith("查看 ") && links.get(2).endsWith("/zhicheng/common/view.xhtml?id=" + id), links.toString());
        assertTrue(links.get(3).startsWith("打印 ") && links.get(3).endsWith("/zhicheng/common/print.xhtml?id=" + id), links.toString());
        assertTrue(links.get(4).startsWith("材料 ") && links.get(4).endsWith("/zhicheng/common/materials.xhtml?id=" + id), links.toString());
        UnitReviewPages.rowAction("zc-action-audit", "/unit/audit.xhtml?id=" + expected.get("return.id"));
        assertEquals(expected.get("return.name"), UnitReviewPages.text("applicant-name"));
        assertTrue(UnitReviewPages.text("audit:history").contains("提交"), UnitReviewPages.text("audit:history"));

        UnitReviewPages.type("audit:continuing-education", "已按规定完成继续教育学习任务。");
        UnitReviewPages.type("audit:negative", "经核查，无负面情况。");
        UnitReviewPages.addAppraisal("2020", "称职(合格)");
        UnitReviewPages.type("audit:evaluation", EVALUATION_149);
        assertEquals("149", UnitReviewPages.text("evaluation-count"));
        UnitReviewPages.clickAndWait("audit:submit");
        String refused = UnitReviewPages.messageFor("audit:evaluation-message");
        assertEquals("单位的综合评价不少于150字，当前为149字。", refused);
        // nothing typed is lost
        assertEquals(EVALUATION_149, UnitReviewPages.value("audit:evaluation"));
        assertEquals("经核查，无负面情况。", UnitReviewPages.value("audit:negative"));
        assertEquals(List.of("2020 称职(合格)"), UnitReviewPages.appraisalRows());
        assertTrue(UnitReviewPages.url().contains("/unit/audit.xhtml"), UnitReviewPages.url());
        UnitReviewPages.snapshot("unit-audit-refused");

        // 退回修改 without a reason is refused next to the field, then with one it goes back to the applicant
        UnitReviewPages.choose("audit:destination", "退回修改");
        UnitReviewPages.clickAndWait("audit:submit");
        assertEquals("请填写「退回原因」。", UnitReviewPages.messageFor("audit:return-reason-message"));
        UnitReviewPages.type("audit:return-reason", RETURN_REASON);
        UnitReviewPages.snapshot("unit-audit-return");
        UnitReviewPages.click("audit:submit");
        UnitReviewPages.waitForUrl("/unit/review.xhtml");
        assertTrue(UnitReviewPages.globalMessages("review:review-messages").contains("已退回申报人修改"));
    }

    @Test
    @Order(3)
    void theReturnIsInTheDatabaseWithItsReasonInTheHistory() {
        Remote.call(UnitReviewBrowserIT.class, "assertReturned", expected.get("return.id"));
    }

    static void assertReturned(String applicationId) throws Exception {
        long id = Long.parseLong(applicationId);
        assertEquals(ApplicationState.RETURNED, Journey.state(id));
        Object[] last = Db.rows("SELECT action, actor_username, to_state, opinion FROM application_history "
                + "WHERE application_id = ? ORDER BY occurred_at DESC, id DESC", id).get(0);
        assertEquals("UNIT_RETURN", last[0]);
        assertEquals(HANDLER, last[1]);
        assertEquals("RETURNED", last[2]);
        assertEquals(RETURN_REASON, last[3]);
    }

    @Test
    @Order(4)
    void aCompleteOpinionIsApprovedToPrePublicity() {
        UnitReviewPages.openReviewFromMenu(HANDLER);
        UnitReviewPages.searchApplicant(expected.get("approve.idNumber"));
        UnitReviewPages.rowAction("zc-action-audit", "/unit/audit.xhtml?id=" + expected.get("approve.id"));

        UnitReviewPages.type("audit:continuing-education", "已按规定完成继续教育学习任务，学时达标。");
        UnitReviewPages.type("audit:negative", "经核查，无负面情况。");
        // 新增 three rows, 编辑 one, 删除 one
        UnitReviewPages.addAppraisal("2018", "优秀");
        UnitReviewPages.addAppraisal("2019", "基本称职(基本合格)");
        UnitReviewPages.addAppraisal("2020", "优秀");
        UnitReviewPages.editAppraisal(1, "2019", "称职(合格)");
        UnitReviewPages.deleteAppraisal(0);
        assertEquals(List.of("2019 称职(合格)", "2020 优秀"), UnitReviewPages.appraisalRows());
        UnitReviewPages.type("audit:evaluation", EVALUATION_150 + "。");
        assertEquals("151", UnitReviewPages.text("evaluation-count"));
        UnitReviewPages.snapshot("unit-audit-complete");
        // the signed 单位承诺书 is required by the approval
        UnitReviewPages.uploadUnitMaterial("unit-commitment");
        UnitReviewPages.click("audit:submit");
        UnitReviewPages.waitForUrl("/unit/review.xhtml");
        assertTrue(UnitReviewPages.globalMessages("review:review-messages").contains("单位评前公示"));
    }

    @Test
    @Order(5)
    void theApprovalIsRecordedAtPrePublicity() {
        Remote.call(UnitReviewBrowserIT.class, "assertApproved", expected.get("approve.id"));
    }

    static void assertApproved(String applicationId) throws Exception {
        long id = Long.parseLong(applicationId);
        assertEquals(ApplicationState.UNIT_PRE_PUBLICITY, Journey.state(id));
        Object[] review = Db.rows("SELECT r.continuing_education_opinion, r.negative_opinion, r.evaluation, "
                + "r.exam_instead_of_review FROM decision_unit_review r JOIN decision_record d ON d.id = r.id "
                + "WHERE d.application_id = ?", id).get(0);
        assertEquals("已按规定完成继续教育学习任务，学时达标。", review[0]);
        assertEquals("经核查，无负面情况。", review[1]);
        assertEquals(EVALUATION_150 + "。", review[2]);
        assertEquals(Boolean.FALSE, review[3]);
        List<Object[]> appraisals = Db.rows("SELECT a.appraisal_year, a.result FROM decision_appraisal a "
                + "JOIN decision_record d ON d.id = a.decision_id WHERE d.application_id = ? ORDER BY a.position", id);
        assertEquals(2, appraisals.size());
        assertEquals(2019, ((Number) appraisals.get(0)[0]).intValue());
        assertEquals("称职(合格)", appraisals.get(0)[1]);
        assertEquals(2020, ((Number) appraisals.get(1)[0]).intValue());
        assertEquals("优秀", appraisals.get(1)[1]);
    }

    @Test
    @Order(6)
    void thePrePublicityResultNeedsFiveWorkingDaysOverNewYear() {
        UnitReviewPages.openReviewFromMenu(HANDLER);
        UnitReviewPages.clickStage("UNIT_PRE_PUBLICITY");
        UnitReviewPages.searchApplicant(expected.get("approve.idNumber"));
        assertEquals(List.of("评前公示"), UnitReviewPages.column(4));
        UnitReviewPages.rowAction("zc-action-publicity", "/unit/publicity.xhtml?id=" + expected.get("approve.id"));
        UnitReviewPages.snapshot("unit-publicity-open");
        assertEquals("深圳市交通运输专业职称评审委员会办公室", UnitReviewPages.value("publicity:office"));
        assertEquals("送日常工作部门审核", UnitReviewPages.value("publicity:destination"));

        // 2020-12-30 .. 2021-01-05: 元旦 and the weekend leave 4 working days
        UnitReviewPages.typeDate("publicity:start", "2020-12-30");
        UnitReviewPages.typeDate("publicity:end", "2021-01-05");
        String generated = UnitReviewPages.waitForValue("publicity:text", "2021年1月5日");
        assertTrue(generated.contains(expected.get("approve.name")) && generated.contains("2020年12月30日")
                && generated.contains("2021年1月5日"), generated);
        UnitReviewPages.clickAndWait("publicity:submit");
        String refused = UnitReviewPages.messageFor("publicity:end-message");
        assertEquals("公示期不少于5个工作日，2020-12-30至2021-01-05只有4个工作日。", refused);
        UnitReviewPages.snapshot("unit-publicity-refused");

        UnitReviewPages.typeDate("publicity:end", "2021-01-06");
        UnitReviewPages.waitForValue("publicity:text", "2021年1月6日");
        UnitReviewPages.snapshot("unit-publicity-complete");
        // the signed 评前公示情况表 is required by the result
        UnitReviewPages.uploadUnitMaterial("pre-publicity-form");
        UnitReviewPages.click("publicity:submit");
        UnitReviewPages.waitForUrl("/unit/review.xhtml");
        assertTrue(UnitReviewPages.globalMessages("review:review-messages").contains("公示结果已提交"));
        UnitReviewPages.snapshot("unit-review-after-publicity");
    }

    @Test
    @Order(7)
    void thePublicityIsRecordedAndTheApplicationIsWithTheOffice() {
        Remote.call(UnitReviewBrowserIT.class, "assertWithTheOffice", expected.get("approve.id"));
    }

    static void assertWithTheOffice(String applicationId) throws Exception {
        long id = Long.parseLong(applicationId);
        assertEquals(ApplicationState.OFFICE_PRE_AUDIT, Journey.state(id));
        Object[] row = Db.rows("SELECT p.start_date, p.end_date, p.working_days, p.passed FROM decision_publicity p "
                + "JOIN decision_record d ON d.id = p.id WHERE d.application_id = ?", id).get(0);
        assertEquals("2020-12-30", row[0].toString());
        assertEquals("2021-01-06", row[1].toString());
        assertEquals(5, ((Number) row[2]).intValue());
        assertEquals(Boolean.TRUE, row[3]);
        String opinion = Db.string("SELECT opinion FROM application_history WHERE application_id = ? "
                + "AND action = 'PRE_PUBLICITY_PASS'", id);
        assertTrue(opinion.contains("2021年1月6日") && opinion.contains("未收到举报投诉"), opinion);
    }
}
