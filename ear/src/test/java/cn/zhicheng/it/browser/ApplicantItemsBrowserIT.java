package cn.zhicheng.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;

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

import cn.zhicheng.application.ApplicantService;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.ApplicationState.Tab;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;

/**
 * 我的事项, 进度, 查看 and 我要申报 of the individual (manual 2, 3.1, 3.2) in a real browser, with the database checked
 * inside the server. The browser methods run on the client ({@link RunAsClient}); the others in the server, where
 * they prepare the demo accounts, check the database and put 张三's application back as the demo data has it (other
 * test classes read it). The class names no Selenium type: the browser lives in {@link ApplicantBrowser}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApplicantItemsBrowserIT {

    private static final String ZHANGSAN_APPLICATION = "SELECT a.id FROM application a JOIN user_account u "
            + "ON u.person_id = a.applicant_id WHERE u.username = 'zhangsan'";

    /** The login of the fresh applicant whose application was returned (see {@link #aReturnedCaseOfItsOwn}). */
    private static final String RETURNED_USER = "it-items-returned";

    private static ApplicantBrowser browser;

    @EJB
    ApplicantService applicants;

    @EJB
    WorkflowService workflow;

    @Deployment
    public static EnterpriseArchive ear() {
        return Deployments.earWithTests(ApplicantItemsBrowserIT.class, ApplicantBrowser.class, Browser.class);
    }

    /** Whether this JVM is the server's (the in-container methods run there, with no browser). */
    private static boolean inServer() {
        return System.getProperty("jboss.server.base.dir") != null;
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        if (!inServer()) {
            browser = new ApplicantBrowser();
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    // ---------------------------------------------------------------- in the server

    @Test
    @Order(1)
    void theDemoCasesAreAsTheJourneysExpect() {
        // LoginBrowserIT locks 赵六 with five wrong passwords; this class needs him logged in: unlocked, and those
        // failures moved a day back, as if long past (else the login asks for the challenge after them)
        Db.update("UPDATE user_account SET failed_attempts = 0, locked_until = NULL WHERE username = 'zhaoliu'");
        Db.update("UPDATE login_name_counter SET failed_attempts = 0, locked_until = NULL WHERE name_key = 'zhaoliu'");
        Db.update("UPDATE security_event SET occurred_at = occurred_at - INTERVAL '1' DAY WHERE username = 'zhaoliu'");
        long id = ((Number) Db.value(ZHANGSAN_APPLICATION)).longValue();
        assertEquals(ApplicationState.UNIT_REVIEW, Journey.state(id));
    }

    /** A fresh applicant whose application the unit returned, who logs in with the demo password as {@link #RETURNED_USER}. */
    @Test
    @Order(1)
    void aReturnedCaseOfItsOwn() throws Exception {
        Journey.Case returned = Journey.at(ApplicationState.RETURNED);
        Db.update("UPDATE user_account SET username = ?, password_hash = (SELECT password_hash FROM user_account "
                + "WHERE username = 'zhangsan') WHERE username = ?", RETURNED_USER, returned.applicant().username());
        assertEquals(ApplicationState.RETURNED, Journey.state(returned.id()));
    }

    @Test
    @Order(2)
    void theTabCountsAreOneGroupedCountThatAgreesWithEachTabsList() throws Exception {
        for (String user : List.of("zhangsan", "lisi", "wangwu", "sunqi")) {
            Map<Tab, Long> counts = Users.as(user, () -> applicants.myApplicationCounts());
            assertEquals(Tab.values().length, counts.size(), user);
            long sum = 0;
            for (Tab tab : Tab.values()) {
                long listed = Users.as(user, () -> applicants.myApplications(tab, 0, 10).total());
                assertEquals(listed, counts.get(tab), user + " " + tab);
                sum += tab == Tab.ALL ? 0 : counts.get(tab);
            }
            assertEquals(counts.get(Tab.ALL), sum, user + ": 全部 is the sum of the other tabs");
        }
        assertEquals(1L, Users.as("zhangsan", () -> applicants.myApplicationCounts()).get(Tab.IN_PROGRESS));
        assertEquals(1L, Users.as("wangwu", () -> applicants.myApplicationCounts()).get(Tab.TO_DO));
        assertEquals(1L, Users.as("sunqi", () -> applicants.myApplicationCounts()).get(Tab.DRAFTS));
    }

    // ---------------------------------------------------------------- in the browser

    @Test
    @Order(3)
    @RunAsClient
    void zhangsanSeesHisApplicationUnderInProgressWithTheManualsColumns() {
        browser.login("zhangsan");
        browser.clickMenu("menu-individual-items");
        browser.waitForUrl("/individual/items.xhtml");
        assertEquals("1", browser.count("ALL"));
        assertEquals("1", browser.count("IN_PROGRESS"));
        assertEquals("0", browser.count("TO_DO"));
        assertEquals("0", browser.count("DRAFTS"));

        browser.tab("IN_PROGRESS");
        assertEquals(List.of("业务流水号", "事项名称", "摘要信息", "申请人", "当前环节", "办理部门", "办理结果", "申请时间", "操作"),
                browser.texts("#items thead th"));
        List<List<String>> rows = browser.rows("items");
        assertEquals(1, rows.size(), rows.toString());
        List<String> row = rows.get(0);
        assertTrue(row.get(0).matches("\\d{10,}"), row.toString());
        assertEquals("组织市属评委会开展评审并核准通过人员专业技术资格", row.get(1));
        assertEquals("张三", row.get(3));
        assertEquals("单位审核", row.get(4));
        assertEquals("办理中", row.get(6));
        assertTrue(row.get(7).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), row.get(7));
        // 撤回 while the unit has not acted; no 终止申报 before a return
        assertTrue(row.get(8).contains("撤回") && row.get(8).contains("查看") && row.get(8).contains("进度"), row.get(8));
        assertFalse(row.get(8).contains("终止申报"), row.get(8));
        browser.snapshot("items-in-progress");

        browser.tab("DRAFTS");
        assertTrue(browser.rows("items").isEmpty());
    }

    @Test
    @Order(4)
    @RunAsClient
    void zhangsanReadsTheProgressAndTheWholeApplication() {
        browser.login("zhangsan");
        browser.open("individual/items.xhtml?tab=IN_PROGRESS");
        browser.click("a[id$=':progress']");
        browser.waitForUrl("/common/progress.xhtml?id=");

        assertEquals(11, browser.texts("#stage-bar li").size());
        assertEquals(List.of("单位审核"), browser.texts("#stage-bar li.zc-stage-current .zc-stage-name"));
        assertEquals(List.of("草稿"), browser.texts("#stage-bar li.zc-stage-done .zc-stage-name"));
        assertTrue(browser.text("current-stage").contains("单位审核"));
        List<List<String>> history = browser.rows("history");
        assertFalse(history.isEmpty());
        List<String> submit = history.get(history.size() - 1);
        assertTrue(submit.get(1).contains("张三"), submit.toString());
        assertEquals("提交", submit.get(2));
        assertEquals("草稿 → 单位审核", submit.get(3));
        browser.snapshot("progress");

        String id = browser.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        browser.open("common/view.xhtml?id=" + id);
        assertEquals("张三", browser.text("basicInfo-name"));
        assertEquals("单位审核", browser.text("header-stage"));
        assertFalse(browser.text("declaredQualification-specialtyName").isBlank());
        assertTrue(browser.text("header-summary").startsWith(browser.text("declaredQualification-titleName")),
                "摘要信息 names the declared title");
        assertFalse(browser.rows("educations").isEmpty());
        browser.snapshot("view");
    }

    @Test
    @Order(5)
    @RunAsClient
    void anotherIndividualGetsTheNotFoundAnswerForZhangsansApplication() {
        browser.login("zhangsan");
        browser.open("individual/items.xhtml?tab=IN_PROGRESS");
        String progress = browser.href("a[id$=':progress']");
        String id = progress.replaceAll(".*[?&]id=(\\d+).*", "$1");

        browser.login("lisi");
        browser.open("common/progress.xhtml?id=" + id);
        assertEquals("未找到该业务。", browser.text("not-found-message"));
        assertFalse(browser.present("#stage-bar"));
        assertFalse(browser.present("#history"));
        browser.snapshot("progress-not-found");
        browser.open("common/view.xhtml?id=" + id);
        assertEquals("未找到该业务。", browser.text("not-found-message"));
        assertFalse(browser.present("#basicInfo-name"));
        // a missing id reads the same
        browser.open("common/progress.xhtml?id=999999999");
        assertEquals("未找到该业务。", browser.text("not-found-message"));
    }

    @Test
    @Order(6)
    @RunAsClient
    void zhaoliuReadsTheIntroAgreesAndStartsADraft() {
        browser.login("zhaoliu");
        browser.clickMenu("menu-individual-apply");
        browser.waitForUrl("/individual/apply.xhtml");
        for (String header : List.of("申请条件", "温馨提示", "申报材料清单", "经办人基本信息", "申报承诺")) {
            assertTrue(browser.texts(".ui-panel-title").contains(header), header + " in " + browser.texts(".ui-panel-title"));
        }
        assertEquals("赵六", browser.text("handler-name"));
        List<List<String>> materials = browser.rows("materials");
        assertTrue(materials.stream().anyMatch(r -> r.get(1).equals("照片") && r.get(2).equals("是")), materials.toString());
        // 查看要求 opens the requirement of the photo
        browser.click("#materials_data tr:first-child .ui-row-toggler");
        browser.waitForVisibleText(".zc-requirement", "JPG");

        assertFalse(browser.enabled("next"), "下一步 before 本人已阅读并同意");
        browser.snapshot("apply");
        browser.click("#agreed .ui-chkbox-box");
        browser.waitForEnabled("next");
        browser.click("#next");

        // 下一步 opens the new draft's 申报表, its 申报承诺 accepted; the draft waits under 草稿箱
        browser.waitForUrl("/individual/form.xhtml", "id=");
        assertTrue(browser.text("form-messages").contains("已创建申报业务"), browser.text("form-messages"));
        browser.open("individual/items.xhtml?tab=DRAFTS");
        List<List<String>> drafts = browser.rows("items");
        assertEquals(1, drafts.size(), drafts.toString());
        assertEquals("赵六", drafts.get(0).get(3));
        assertEquals("草稿", drafts.get(0).get(4));
        assertEquals("1", browser.count("DRAFTS"));
        browser.snapshot("apply-draft");
    }

    @Test
    @Order(8)
    @RunAsClient
    void zhangsanWithdrawsHisApplicationToTheDrafts() {
        browser.login("zhangsan");
        browser.open("individual/items.xhtml?tab=IN_PROGRESS");
        browser.click("button[id$=':withdraw']");
        browser.waitForVisibleText("#confirm", "撤回");
        assertTrue(browser.text("confirm").contains("确定撤回吗"), browser.text("confirm"));
        browser.snapshot("withdraw-confirm");
        browser.click("#confirm-yes");
        browser.waitForVisibleText("#items-messages", "已撤回");
        assertEquals("0", browser.count("IN_PROGRESS"));
        assertEquals("1", browser.count("DRAFTS"));

        browser.tab("DRAFTS");
        List<List<String>> drafts = browser.rows("items");
        assertEquals(1, drafts.size());
        assertEquals("草稿", drafts.get(0).get(4));
        assertFalse(drafts.get(0).get(8).contains("撤回"));
        browser.snapshot("withdrawn");
    }

    @Test
    @Order(7)
    @RunAsClient
    void afterAReturnTheApplicantReadsTheReasonAndTerminates() {
        browser.login(RETURNED_USER);
        browser.open("individual/items.xhtml");
        assertEquals("1", browser.count("TO_DO"));
        browser.tab("TO_DO");
        List<String> row = browser.rows("items").get(0);
        assertEquals("退回修改", row.get(4));
        assertEquals("待办中", row.get(6));
        assertTrue(row.get(8).contains("终止申报") && !row.get(8).contains("撤回"), row.get(8));

        browser.click("a[id$=':progress']");
        browser.waitForUrl("/common/progress.xhtml?id=");
        // the unit's return, with its reason, as a decision record; the stage bar has no current stage while returned
        browser.waitForVisibleText("#decisions-panel", "退回原因");
        assertTrue(browser.text("decisions-panel").contains("单位退回修改意见"), browser.text("decisions-panel"));
        assertTrue(browser.texts("#stage-bar li.zc-stage-current").isEmpty());
        assertTrue(browser.text("current-stage").contains("退回修改"));
        browser.snapshot("progress-returned");

        browser.open("individual/items.xhtml?tab=TO_DO");
        browser.click("button[id$=':terminate']");
        browser.waitForVisibleText("#confirm", "确定终止申报吗");
        browser.click("#confirm-yes");
        browser.waitForVisibleText("#items-messages", "已终止申报");
        assertEquals("0", browser.count("TO_DO"));
        assertEquals("1", browser.count("FINISHED"));
        browser.tab("FINISHED");
        List<String> finished = browser.rows("items").get(0);
        assertEquals("终止申报", finished.get(4));
        assertEquals("不通过", finished.get(6));
        assertFalse(finished.get(8).contains("终止申报"), finished.get(8));
        browser.snapshot("terminated");
    }

    // ---------------------------------------------------------------- in the server, last

    @Test
    @Order(9)
    void theWithdrawalAndTheNewDraftAreInTheDatabaseThenZhangsanSubmitsAgain() throws Exception {
        long id = ((Number) Db.value(ZHANGSAN_APPLICATION)).longValue();
        assertEquals(ApplicationState.DRAFT, Journey.state(id));
        assertEquals("WITHDRAW", Db.string("SELECT action FROM application_history WHERE application_id = ? "
                + "ORDER BY occurred_at DESC, id DESC", id));
        assertTrue(Db.count("SELECT COUNT(*) FROM application a JOIN user_account u ON u.person_id = a.applicant_id "
                + "WHERE u.username = 'zhaoliu' AND a.state = 'DRAFT'") >= 1, "赵六's draft is stored");

        assertEquals("TERMINATED", Db.string("SELECT a.state FROM application a JOIN user_account u "
                + "ON u.person_id = a.applicant_id WHERE u.username = ?", RETURNED_USER));

        // the demo data as other test classes expect it: 张三 at 单位审核
        Users.as("zhangsan", () -> workflow.decide(id, Journey.version(id), Journey.decisionFor(Action.SUBMIT)));
        assertEquals(ApplicationState.UNIT_REVIEW, Journey.state(id));
    }

    // ---------------------------------------------------------------- someone acted in between

    @Test
    @Order(10)
    @RunAsClient
    void zhangsanOpensHisListAgain() {
        browser.login("zhangsan");
        browser.open("individual/items.xhtml?tab=IN_PROGRESS");
        assertEquals("单位审核", browser.rows("items").get(0).get(4));
    }

    @Test
    @Order(11)
    void meanwhileTheApplicationChangesElsewhere() throws Exception {
        long id = ((Number) Db.value(ZHANGSAN_APPLICATION)).longValue();
        long before = Journey.version(id);
        Users.as("zhangsan", () -> workflow.decide(id, before, Journey.decisionFor(Action.WITHDRAW)));
        Users.as("zhangsan", () -> workflow.decide(id, Journey.version(id), Journey.decisionFor(Action.SUBMIT)));
        assertEquals(ApplicationState.UNIT_REVIEW, Journey.state(id));
        assertTrue(Journey.version(id) > before);
    }

    @Test
    @Order(12)
    @RunAsClient
    void theStalePagesWithdrawalIsRefusedWithTheServicesChineseMessage() {
        browser.click("button[id$=':withdraw']");
        browser.waitForVisibleText("#confirm", "撤回");
        browser.click("#confirm-yes");
        browser.waitForVisibleText("#items-messages", "已被他人处理");
        assertTrue(browser.text("items-messages").contains("请刷新后重试"), browser.text("items-messages"));
        assertEquals("1", browser.count("IN_PROGRESS"));
        assertEquals("单位审核", browser.rows("items").get(0).get(4));
        browser.snapshot("withdraw-conflict");
    }

    @Test
    @Order(13)
    void zhangsansApplicationIsStillAtUnitReview() {
        assertEquals(ApplicationState.UNIT_REVIEW,
                Journey.state(((Number) Db.value(ZHANGSAN_APPLICATION)).longValue()));
    }

    @Test
    @Order(14)
    @RunAsClient
    void inEnglishTheListAndTheStagesReadFromTheBundles() {
        browser.login("zhangsan");
        browser.open("individual/items.xhtml?tab=IN_PROGRESS");
        browser.click("#lang-en");
        browser.waitForVisibleText("h1.zc-title", "My items");
        assertEquals("Unit review", browser.rows("items").get(0).get(4));
        assertTrue(browser.texts("#items thead th").contains("Serial no."), browser.texts("#items thead th").toString());
        browser.click("a[id$=':progress']");
        browser.waitForVisibleText("#current-stage", "Unit review");
        assertTrue(browser.texts("#history_data td").contains("Submit"), browser.texts("#history_data td").toString());
        browser.snapshot("progress-en");
        browser.click("#lang-zh");
        browser.waitForVisibleText("h1.zc-title", "办理进度");
    }
}
