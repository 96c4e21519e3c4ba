package cn.zhicheng.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.decision.Submission;
import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.SubmitRejectedException;
import cn.zhicheng.domain.model.application.material.MaterialKind;
import cn.zhicheng.domain.model.application.validation.FieldError;
import cn.zhicheng.infrastructure.time.ClockProducer;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.Forms;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;
import cn.zhicheng.it.support.remote.Remote;

/**
 * The 申报表 in a real browser (issue 6): a new applicant fills every list through the row dialog, uses both 获取,
 * 暂存 and 提交, finds the application under 办理中 with the manual's columns, withdraws, edits and resubmits; an empty
 * draft's 提交 shows every refusal next to its field with the first in view; an application the office returned is
 * resubmitted after the application window. The database is checked inside the server through {@link Remote}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApplicationFormBrowserIT {

    /** The journey's applicant: the exam registry's ticket 0014545479001 (人力资源管理) is issued to this resident ID. */
    static final String JOURNEY_ID_NUMBER = "440399198808081234";
    static final String JOURNEY_USER = "it-form-journey";
    /** 经济 · 中级 · 经济师 · 人力资源管理 (以考代评). */
    static final long HR_SPECIALTY = 514L;

    private static FormPages browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithKit(ApplicationFormBrowserIT.class);
    }

    @BeforeAll
    static void startBrowser() {
        browser = new FormPages();
    }

    @AfterAll
    static void stopBrowser() {
        Remote.call(ApplicationFormBrowserIT.class, "restoreClock");
        if (browser != null) {
            browser.quit();
        }
    }

    // ---------------------------------------------------------------- inside the server

    /**
     * A new applicant (on the transport company's personnel list) with a draft of 人力资源管理 whose single sections
     * are filled and whose lists are empty; the required materials uploaded (the 附件 page is another screen's).
     */
    static Map<String, String> aDraftWithEmptyLists() throws Exception {
        long personId = Fixtures.nextId();
        String name = "申报测试";
        LocalDateTime now = LocalDateTime.now();
        Db.update("INSERT INTO person (id, name, id_type, id_number, gender, birth_date, phone) VALUES (?, ?, 'RESIDENT_ID', "
                + "?, '男', DATE '1988-08-08', '13900000000')", personId, name, JOURNEY_ID_NUMBER);
        Db.update("INSERT INTO user_account (id, username, account_type, role, display_name, person_id, password_hash, "
                + "created_at) VALUES (?, ?, 'PERSONAL', 'INDIVIDUAL', ?, ?, (SELECT password_hash FROM user_account "
                + "WHERE username = 'zhangsan'), ?)", Fixtures.nextId(), JOURNEY_USER, name, personId, now);
        Db.update("INSERT INTO unit_person (id, unit_id, name, id_type, id_number, created_at, created_by) VALUES (?, ?, ?, "
                + "'RESIDENT_ID', ?, ?, 'fixtures')", Fixtures.nextId(), Fixtures.unitId(Fixtures.JT_ORG_CODE), name,
                JOURNEY_ID_NUMBER, now);
        Fixtures.Applicant who = new Fixtures.Applicant(personId, JOURNEY_USER, name, JOURNEY_ID_NUMBER);
        long id = Users.as(JOURNEY_USER, () -> {
            ApplicationSummary draft = Journey.applications().startDraft();
            ApplicationFormView sections = Forms.valid(who, HR_SPECIALTY, Fixtures.JT_NAME);
            long version = draft.version();
            for (var section : sections.sections()) {
                if (section != null && !(section instanceof cn.zhicheng.application.form.ExamResultSection)) {
                    version = Journey.forms().saveSection(draft.id(), version, section).version();
                }
            }
            Journey.applications().upload(draft.id(), MaterialKind.PHOTO, "photo.jpg", Forms.jpeg());
            Journey.applications().upload(draft.id(), MaterialKind.PERSONAL_COMMITMENT, "承诺书.pdf", Forms.pdf());
            Journey.applications().upload(draft.id(), MaterialKind.EDUCATION_PROOF, "学历.pdf", Forms.pdf());
            return draft.id();
        });
        return Map.of("id", Long.toString(id), "name", name,
                "serialNo", Db.string("SELECT serial_no FROM application WHERE id = ?", id));
    }

    /** What the journey left in the database: state, the history's actions, one row in every list, the exam. */
    static Map<String, String> journeyFacts(String id) throws Exception {
        long applicationId = Long.parseLong(id);
        ApplicationFormView form = Users.as(JOURNEY_USER, () -> Journey.forms().form(applicationId));
        Map<String, String> facts = new HashMap<>();
        facts.put("state", Journey.state(applicationId).name());
        facts.put("actions", String.join(",", Db.rows("SELECT action FROM application_history WHERE application_id = ? "
                + "ORDER BY id", applicationId).stream().map(r -> r[0].toString()).toList()));
        facts.put("rows", List.of(form.getEducations().size(), form.getWorkExperiences().size(),
                form.getOrganisationPosts().size(), form.getFurtherStudies().size(),
                form.getContinuingEducations().size(), form.getProjects().size(), form.getAwards().size(),
                form.getPublications().size(), form.getPatents().size()).toString());
        facts.put("school", form.getEducations().isEmpty() ? "" : form.getEducations().get(0).getSchool());
        facts.put("exam", form.getExamResult().getSubject() + "/" + form.getExamResult().getScore() + "/"
                + form.getExamResult().getVenue());
        facts.put("phone", form.getBasicInfo().getPhone());
        facts.put("unit", Db.string("SELECT u.name FROM application a JOIN unit u ON u.id = a.unit_id WHERE a.id = ?",
                applicationId));
        return facts;
    }

    /** A fresh applicant's empty draft. */
    static Map<String, String> anEmptyDraft() throws Exception {
        Fixtures.Applicant who = Fixtures.applicantOf(Fixtures.JT_ORG_CODE);
        Db.update("UPDATE user_account SET password_hash = (SELECT password_hash FROM user_account WHERE username = "
                + "'zhangsan') WHERE username = ?", who.username());
        ApplicationSummary draft = Users.as(who.username(), () -> Journey.applications().startDraft());
        return Map.of("user", who.username(), "id", Long.toString(draft.id()));
    }

    /** The messages the submit rules give the application as it is stored now (one per line). */
    static String refusalOf(String user, String id) throws Exception {
        long applicationId = Long.parseLong(id);
        StringBuilder messages = new StringBuilder();
        try {
            Users.as(user, () -> Journey.workflow().decide(applicationId, Journey.version(applicationId),
                    Submission.submit()));
            throw new AssertionError("the draft was submitted");
        } catch (SubmitRejectedException refused) {
            for (FieldError e : refused.errors()) {
                messages.append(e.message()).append('\n');
            }
        }
        return messages.toString();
    }

    /** An application the office returned, its applicant logging in with the demo password. */
    static Map<String, String> returnedByTheOffice() throws Exception {
        Journey.Case c = Journey.at(ApplicationState.OFFICE_PRE_AUDIT);
        Journey.act(c, "office-jt", Action.OFFICE_PRE_RETURN);
        Db.update("UPDATE user_account SET password_hash = (SELECT password_hash FROM user_account WHERE username = "
                + "'zhangsan') WHERE username = ?", c.applicant().username());
        return Map.of("user", c.applicant().username(), "id", Long.toString(c.id()),
                "opinion", Journey.decisionFor(Action.OFFICE_PRE_RETURN).opinion());
    }

    /** The platform clock at 2021-01-26: the 2020 window (and the year's deadline) have closed. */
    static void pastTheWindow() {
        System.setProperty(ClockProducer.SHIFT_PROPERTY, Long.toString(Duration.ofDays(16).toSeconds()));
    }

    static void restoreClock() {
        System.clearProperty(ClockProducer.SHIFT_PROPERTY);
    }

    static Map<String, String> contactOf(String username) {
        Object[] r = Db.rows("SELECT p.phone, p.email, p.address FROM person p JOIN user_account u ON u.person_id = p.id "
                + "WHERE u.username = ?", username).get(0);
        return Map.of("phone", String.valueOf(r[0]), "email", String.valueOf(r[1]), "address", String.valueOf(r[2]));
    }

    static String state(String id) {
        return Journey.state(Long.parseLong(id)).name();
    }

    // ---------------------------------------------------------------- in the browser

    @Test
    @Order(1)
    void aNewApplicantFillsEveryListWithBothLookupsSubmitsWithdrawsAndResubmits() {
        Map<String, String> draft = Remote.call(ApplicationFormBrowserIT.class, "aDraftWithEmptyLists");
        String id = draft.get("id");
        browser.login(JOURNEY_USER);
        browser.open("individual/items.xhtml?tab=DRAFTS");
        browser.click("a[id$=':edit']");
        browser.waitForUrl("/individual/form.xhtml", "id=" + id);
        for (String header : List.of("申报承诺", "基本信息", "教育经历", "工作经历", "专业行业组织职务", "现专业技术资格职务信息",
                "申报的专业技术资格信息", "专业实践能力考试成绩", "国内外进修情况", "完成继续教育任务情况", "业绩成果-项目情况",
                "业绩成果-获奖情况", "个人自我评价", "工作负面情况说明", "申报下一环节信息", "附件")) {
            assertTrue(browser.texts(".ui-panel-title").stream().anyMatch(t -> t.contains(header)),
                    header + " in " + browser.texts(".ui-panel-title"));
        }
        assertEquals(draft.get("name"), browser.value("basicInfo-name"));
        assertEquals("深圳市人力资源和社会保障局", browser.value("currentQualification-issuer"));
        assertEquals("深圳市经济专业中级专业技术资格评审委员会", browser.text("declared-committee"));

        // 教育经历 with 获取: the registry fills the row, which stays editable
        browser.addRow("educations");
        browser.dialogType("educations-certificateNo", "105901201206001456");
        browser.clickAndWait(FormPages.DIALOG + "education-fetch");
        browser.wait.until(d -> "深圳大学".equals(browser.value(FormPages.DIALOG + "educations-school")));
        assertEquals("计算机科学与技术", browser.value(FormPages.DIALOG + "educations-majorName"));
        browser.yesNo(FormPages.DIALOG + "educations-usedForApplication", true);
        browser.saveRow();
        assertTrue(browser.rows("educations").get(0).contains("深圳大学"), browser.rows("educations").toString());

        browser.addRow("workExperiences");
        browser.dialogDate("workExperiences-startDate", "2012-07-01");
        browser.dialogType("workExperiences-workplace", "深圳市示例交通建设有限公司人力资源部从事人力资源管理");
        browser.dialogType("workExperiences-post", "人事专员");
        browser.dialogType("workExperiences-mainContent", "招聘与培训");
        browser.dialogType("workExperiences-witness", "王经理");
        browser.saveRow();

        browser.addRow("organisationPosts");
        browser.dialogDate("organisationPosts-startDate", "2018-01-01");
        browser.dialogType("organisationPosts-organisationName", "深圳市人力资源管理协会");
        browser.dialogType("organisationPosts-post", "会员");
        browser.saveRow();

        browser.addRow("furtherStudies");
        browser.dialogDate("furtherStudies-startDate", "2019-03-01");
        browser.dialogDate("furtherStudies-endDate", "2019-06-30");
        browser.dialogType("furtherStudies-institution", "深圳大学");
        browser.dialogType("furtherStudies-content", "人力资源管理研修");
        browser.saveRow();

        browser.addRow("continuingEducations");
        browser.dialogDate("continuingEducations-startDate", "2020-03-01");
        browser.dialogDate("continuingEducations-endDate", "2020-03-05");
        browser.dialogType("continuingEducations-courseName", "专业科目：人力资源管理");
        browser.dialogType("continuingEducations-organiser", "深圳市继续教育中心");
        browser.dialogType("continuingEducations-hours", "24");
        browser.saveRow();

        browser.addRow("projects");
        browser.dialogFirst("projects-category");
        browser.dialogType("projects-name", "集团薪酬体系改革");
        browser.dialogFirst("projects-level");
        browser.dialogFirst("projects-role");
        browser.dialogDate("projects-startDate", "2017-03-01");
        browser.dialogDate("projects-endDate", "2018-12-20");
        browser.dialogFirst("projects-status");
        browser.yesNo(FormPages.DIALOG + "projects-representative", true);
        browser.dialogType("projects-summary", "设计并推行集团薪酬体系。");
        browser.saveRow();

        browser.addRow("awards");
        browser.dialogType("awards-projectName", "集团薪酬体系改革");
        browser.dialogType("awards-awardName", "管理创新奖");
        browser.dialogFirst("awards-level");
        browser.dialogType("awards-grade", "一等奖");
        browser.dialogDate("awards-awardDate", "2019-05-01");
        browser.dialogType("awards-issuer", "深圳市人力资源管理协会");
        browser.dialogType("awards-rank", "1");
        browser.yesNo(FormPages.DIALOG + "awards-representative", false);
        browser.saveRow();

        browser.addRow("publications");
        browser.dialogFirst("publications-type");
        browser.dialogType("publications-title", "国有企业薪酬改革的实践");
        browser.dialogDate("publications-publishedDate", "2019-06-01");
        browser.dialogType("publications-publisher", "中国人力资源开发");
        browser.dialogFirst("publications-authorRole");
        browser.yesNo(FormPages.DIALOG + "publications-representative", false);
        browser.saveRow();

        browser.addRow("patents");
        browser.dialogFirst("patents-type");
        browser.dialogType("patents-name", "人事档案管理系统");
        browser.dialogFirst("patents-patentKind");
        browser.dialogType("patents-registrationNo", "2019SR0000001");
        browser.dialogDate("patents-grantDate", "2019-09-01");
        browser.dialogType("patents-rank", "1");
        browser.yesNo(FormPages.DIALOG + "patents-representative", false);
        browser.saveRow();

        // an edit through the dialog keeps the row (its id) and changes the value
        browser.editRow("organisationPosts", 0);
        browser.dialogType("organisationPosts-post", "理事");
        browser.saveRow();
        assertTrue(browser.rows("organisationPosts").get(0).contains("理事"), browser.rows("organisationPosts").toString());

        // 专业实践能力考试成绩 with 获取; 考试地点 is typed by hand
        browser.type("examResult-admissionTicketNo", "0014545479001");
        browser.type("examResult-venue", "深圳市考试院");
        browser.clickAndWait("exam-fetch");
        browser.wait.until(d -> browser.value("examResult-subject").contains("人力资源管理"));

        browser.clickAndWait("save");
        browser.waitForVisibleText("#form-messages", "已暂存");
        browser.snapshot("form-saved");

        browser.markPage();
        browser.submit();
        browser.waitForNewPage();
        browser.waitForUrl("/individual/items.xhtml", "tab=IN_PROGRESS");
        List<List<String>> rows = browser.rows("items");
        assertEquals(1, rows.size(), rows.toString());
        List<String> row = rows.get(0);
        assertEquals(draft.get("serialNo"), row.get(0));
        assertEquals("组织市属评委会开展评审并核准通过人员专业技术资格", row.get(1));
        assertTrue(row.get(2).contains("经济师"), row.get(2));
        assertEquals(draft.get("name"), row.get(3));
        assertEquals("单位审核", row.get(4));
        assertTrue(row.get(5).contains("深圳市示例交通建设有限公司"), row.get(5));
        assertTrue(row.get(7).startsWith("2021-01-"), row.get(7));
        assertTrue(row.get(8).contains("撤回") && row.get(8).contains("查看") && row.get(8).contains("进度"), row.get(8));
        assertFalse(row.get(8).contains("编辑"), row.get(8));
        browser.snapshot("form-submitted");

        Map<String, String> facts = Remote.call(ApplicationFormBrowserIT.class, "journeyFacts", id);
        assertEquals("UNIT_REVIEW", facts.get("state"));
        assertEquals("[1, 1, 1, 1, 1, 1, 1, 1, 1]", facts.get("rows"));
        assertEquals("深圳大学", facts.get("school"));
        assertEquals("人力资源管理专业知识与实务/81/深圳市考试院", facts.get("exam").replace(".00", ""));
        assertEquals("深圳市示例交通建设有限公司", facts.get("unit"));

        // 撤回 → 草稿箱 → 编辑 → 重新提交
        browser.click("button[id$=':withdraw']");
        browser.waitForVisibleText("#confirm", "撤回");
        browser.click("#confirm-yes");
        browser.waitForVisibleText("#items-messages", "已撤回");
        browser.open("individual/items.xhtml?tab=DRAFTS");
        browser.click("a[id$=':edit']");
        browser.waitForUrl("/individual/form.xhtml", "id=" + id);
        browser.type("basicInfo-phone", "13800001111");
        browser.markPage();
        browser.submit();
        browser.waitForNewPage();
        browser.waitForUrl("/individual/items.xhtml", "tab=IN_PROGRESS");
        facts = Remote.call(ApplicationFormBrowserIT.class, "journeyFacts", id);
        assertEquals("UNIT_REVIEW", facts.get("state"));
        assertEquals("13800001111", facts.get("phone"));
        assertEquals("SUBMIT,WITHDRAW,SUBMIT", facts.get("actions"));
    }

    @Test
    @Order(2)
    void anIncompleteSubmitShowsEveryMessageNextToItsFieldAndTheFirstInView() {
        Map<String, String> draft = Remote.call(ApplicationFormBrowserIT.class, "anEmptyDraft");
        browser.login(draft.get("user"));
        browser.open("individual/form.xhtml?id=" + draft.get("id"));
        browser.submit();
        browser.waitForVisibleText("#form-messages", "提交未成功");
        String shown = String.join("\n", browser.fieldErrors());
        // the refusal of the draft as the page saved it (the page chose the default unit on the way)
        List<String> expected = List.of(Remote.call(ApplicationFormBrowserIT.class, "refusalOf", draft.get("user"),
                draft.get("id")).get("result").split("\n"));
        assertFalse(expected.isEmpty());
        for (String message : expected) {
            assertTrue(shown.contains(message), "not shown next to its field: " + message);
        }
        assertTrue(browser.errorOf("educations").contains("教育经历"), browser.errorOf("educations"));
        assertTrue(browser.errorOf("workExperiences").contains("工作经历"), browser.errorOf("workExperiences"));
        assertTrue(browser.errorOf("declaredQualification-specialty").contains("评审的资格专业"),
                browser.errorOf("declaredQualification-specialty"));
        assertEquals("", browser.errorOf("next-unit"), "the default unit (the personnel list's) was chosen");
        assertTrue(browser.errorOf("materials").contains("照片"), browser.errorOf("materials"));
        assertTrue(browser.firstErrorInView(), "the first message is scrolled into view");
        browser.snapshot("form-refused");
        // 户籍, 民族, 政治面貌 are asked for the nationality 中国 only
        assertTrue(browser.present("#basicInfo-ethnicity"));
        browser.type("basicInfo-nationality", "新加坡");
        browser.click("#section-basicInfo .ui-panel-title");
        browser.waitForAjax();
        browser.wait.until(d -> !browser.present("#basicInfo-ethnicity"));
        browser.type("basicInfo-nationality", "中国");
        browser.click("#section-basicInfo .ui-panel-title");
        browser.waitForAjax();
        browser.wait.until(d -> browser.present("#basicInfo-ethnicity"));
        assertEquals("DRAFT", Remote.call(ApplicationFormBrowserIT.class, "state", draft.get("id")).get("result"));
    }

    @Test
    @Order(3)
    void anOfficeReturnIsEditedAndResubmittedAfterTheWindow() {
        Map<String, String> returned = Remote.call(ApplicationFormBrowserIT.class, "returnedByTheOffice");
        Remote.call(ApplicationFormBrowserIT.class, "pastTheWindow");
        try {
            browser.login(returned.get("user"));
            browser.open("individual/items.xhtml?tab=TO_DO");
            List<List<String>> rows = browser.rows("items");
            assertEquals(1, rows.size(), rows.toString());
            assertEquals("退回修改", rows.get(0).get(4));
            assertTrue(rows.get(0).get(8).contains("终止申报"), rows.get(0).get(8));
            browser.click("a[id$=':edit']");
            browser.waitForUrl("/individual/form.xhtml", "id=" + returned.get("id"));
            assertEquals(returned.get("opinion"), browser.text("return-opinion-text"));
            // 一次性告知: the office's items to correct, each with its note, on the form being corrected
            String items = browser.text("return-item-list");
            assertTrue(items.contains("学历信息") && items.contains("毕业证书扫描件不清晰，请重新上传。"), items);
            assertEquals("重新提交", browser.text("submit"));
            browser.type("basicInfo-email", "resubmit@example.com");
            browser.markPage();
            browser.submit();
            browser.waitForNewPage();
            browser.waitForUrl("/individual/items.xhtml", "tab=IN_PROGRESS");
            assertEquals("OFFICE_PRE_AUDIT", Remote.call(ApplicationFormBrowserIT.class, "state", returned.get("id"))
                    .get("result"));
        } finally {
            Remote.call(ApplicationFormBrowserIT.class, "restoreClock");
        }
    }

    @Test
    @Order(4)
    void theApplicantKeepsTheContactDetailsUnderPersonalInformation() {
        browser.login(JOURNEY_USER);
        browser.clickMenu("menu-individual-profile");
        browser.waitForUrl("/individual/profile.xhtml");
        assertEquals(JOURNEY_ID_NUMBER, browser.text("profile-idNumber"));
        browser.type("profile-phone", "12345");
        browser.clickAndWait("profile-save");
        browser.waitForVisibleText("#profile .ui-message-error, #profile .ui-message", "联系电话");
        browser.type("profile-phone", "13712345678");
        browser.type("profile-email", "hr@example.com");
        browser.type("profile-address", "深圳市福田区示例路8号");
        browser.clickAndWait("profile-save");
        browser.waitForVisibleText("#profile-messages", "已保存");
        Map<String, String> contact = Remote.call(ApplicationFormBrowserIT.class, "contactOf", JOURNEY_USER);
        assertEquals("13712345678", contact.get("phone"));
        assertEquals("hr@example.com", contact.get("email"));
        assertEquals("深圳市福田区示例路8号", contact.get("address"));
    }

    @Test
    @Order(5)
    void theQualificationTypeSwitchesItsFieldsNoneOfTheAboveExcludesTheRestAndTheSectionsReadInEnglish() {
        Map<String, String> draft = Remote.call(ApplicationFormBrowserIT.class, "anEmptyDraft");
        browser.login(draft.get("user"));
        browser.open("individual/form.xhtml?id=" + draft.get("id"));
        browser.waitForAjax();

        // 现资格类型: none chosen, only the two fields asked of everyone; each type brings its own labels
        assertFalse(browser.present("#currentQualification-qualificationName"));
        assertTrue(browser.present("#currentQualification-practisedSpecialty"));
        browser.choose("currentQualification-qualificationType", "职业资格");
        browser.waitForVisibleText("label[for='currentQualification-qualificationName']", "现职业资格名称");
        assertTrue(labelOf("currentQualification-seriesName").contains("现职业资格对应的职称系列"),
                labelOf("currentQualification-seriesName"));
        assertTrue(labelOf("currentQualification-level").contains("现职业资格对应的职称级别"));
        assertTrue(browser.present("#currentQualification-issuer"));
        browser.choose("currentQualification-qualificationType", "职称");
        browser.waitForVisibleText("label[for='currentQualification-qualificationName']", "现职称名称");
        assertEquals("现职称系列", labelOf("currentQualification-seriesName"));
        assertEquals("现职称级别", labelOf("currentQualification-level"));
        assertFalse(labelOf("currentQualification-qualificationName").contains("/"));

        // 工作负面情况说明: 无上述情况 (the last box) unticks and disables the others
        String none = "negativeRecord-circumstances:" + (NEGATIVE_BOXES - 1);
        tick("negativeRecord-circumstances:0");
        browser.wait.until(d -> box("negativeRecord-circumstances:0").isSelected());
        tick(none);
        browser.wait.until(d -> box(none).isSelected() && !box("negativeRecord-circumstances:0").isSelected());
        for (int i = 0; i < NEGATIVE_BOXES - 1; i++) {
            assertFalse(box("negativeRecord-circumstances:" + i).isEnabled(), "box " + i + " disabled");
        }
        browser.snapshot("form-none-of-the-above");
        tick(none);
        browser.wait.until(d -> !box(none).isSelected() && box("negativeRecord-circumstances:1").isEnabled());
        tick("negativeRecord-circumstances:1");
        browser.wait.until(d -> box("negativeRecord-circumstances:1").isSelected());
        assertFalse(box(none).isSelected());

        // the English locale: every section title from the bundle
        browser.markPage();
        browser.click("#lang-en");
        browser.waitForNewPage();
        browser.waitForVisibleText(".ui-panel-title", "Current qualification");
        List<String> titles = browser.texts(".ui-panel-title");
        for (String header : List.of("Commitment", "Basic information", "Education", "Work experience",
                "Professional organisation posts", "Current qualification", "Declared qualification", "Further study",
                "Continuing education", "Achievements: projects", "Achievements: awards", "Self-evaluation",
                "Negative record", "Next step")) {
            assertTrue(titles.stream().anyMatch(t -> t.contains(header)), header + " in " + titles);
        }
        assertTrue(titles.stream().noneMatch(t -> t.contains("现专业技术资格职务信息")), titles.toString());
        assertEquals("Professional title series", labelOf("currentQualification-seriesName"));
        browser.snapshot("form-en");
        browser.markPage();
        browser.click("#lang-zh");
        browser.waitForNewPage();
        browser.waitForVisibleText(".ui-panel-title", "现专业技术资格职务信息");
    }

    /** 工作负面情况说明's boxes, 无上述情况 the last. */
    private static final int NEGATIVE_BOXES = 14;

    private static String labelOf(String inputId) {
        return browser.driver.findElement(By.cssSelector("label[for^='" + inputId + "']")).getText().trim();
    }

    private static WebElement box(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private static void tick(String id) {
        browser.waitForAjax();
        browser.click("label[for='" + id + "']");
        browser.waitForAjax();
    }
}
