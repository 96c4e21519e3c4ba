package cn.zhicheng.it.reports;

import static cn.zhicheng.it.reports.PdfText.assertContainsAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.naming.InitialContext;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.zhicheng.application.MaterialService;
import cn.zhicheng.application.OfficialForm;
import cn.zhicheng.application.Page;
import cn.zhicheng.application.PublicityCandidate;
import cn.zhicheng.application.PublicityNotice;
import cn.zhicheng.application.ReportFile;
import cn.zhicheng.application.ReportService;
import cn.zhicheng.application.form.WorkExperienceRow;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.material.MaterialKind;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Forms;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;

/**
 * The official forms of an application through the report EJB, read back with pdftotext: 《职称评审申报人情况登记表》
 * carries the applicant's name, ID and every section title; a list of 40 rows runs over pages with its headings
 * again on each; the unit's forms and the 破格推荐表 carry the same facts; whoever may not see the application is
 * answered as for a missing id, form by form.
 */
@ExtendWith(ArquillianExtension.class)
class OfficialFormsIT {

    static final List<String> REGISTRATION_SECTIONS = List.of("基本信息", "教育经历", "工作经历", "专业行业组织职务",
            "现专业技术资格职务信息", "申报的专业技术资格信息", "专业实践能力考试成绩", "国内外进修情况", "完成继续教育任务情况",
            "业绩成果-项目情况", "业绩成果-获奖情况", "学术成果-论文、著作、技术分析报告", "学术成果-专利及软件著作权",
            "个人自我评价", "工作负面情况说明", "申报下一环节信息");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(OfficialFormsIT.class, PdfText.class);
    }

    @EJB
    ReportService reports;

    @Test
    void theRegistrationFormCarriesNameIdAndEverySectionWithABlankPhotoBox() throws Exception {
        Journey.Case c = Journey.draft(Forms.ENGINEER_TRAFFIC);
        ReportFile file = Users.as(c.applicant().username(), () -> reports.registrationForm(c.id()));

        assertEquals("职称评审申报人情况登记表-" + c.applicant().name() + ".pdf", file.fileName());
        assertEquals("application/pdf", file.contentType());
        String text = PdfText.of(file.content());
        assertContainsAll(text, List.of("职称评审申报人情况登记表", c.applicant().name(), c.applicant().idNumber(), "照片",
                Db.string("SELECT serial_no FROM application WHERE id = ?", c.id())));
        assertContainsAll(text, REGISTRATION_SECTIONS);
        assertTrue(!text.contains("null"), text);
        // the same bytes through the generic entry of 报表打印
        assertContainsAll(PdfText.of(Users.as(c.applicant().username(), () -> reports.form(c.id(), OfficialForm.REGISTRATION))
                .content()), List.of(c.applicant().idNumber()));
    }

    @Test
    void theApplicantsUploadedPhotoIsPrintedOnTheRegistrationForm() throws Exception {
        Journey.Case c = Journey.draft(Forms.ENGINEER_TRAFFIC);
        String user = c.applicant().username();
        // the kit's draft carries a header-only JPEG (no picture): the form prints the blank box instead of failing
        assertEquals(0, PdfText.images(Users.as(user, () -> reports.registrationForm(c.id())).content()));

        BufferedImage picture = new BufferedImage(90, 126, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 90, 126);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(25, 20, 40, 50);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpg", jpeg);
        long old = ((Number) Db.value("SELECT id FROM material_file WHERE application_id = ? AND material_kind = 'PHOTO'",
                c.id())).longValue();
        MaterialService materials = InitialContext.doLookup("java:global/zhicheng/zhicheng-ejb/DefaultMaterialService!"
                + MaterialService.class.getName());
        Users.run(user, () -> {
            materials.delete(old);
            materials.upload(c.id(), MaterialKind.PHOTO, "证件照.jpg", jpeg.toByteArray());
        });

        byte[] pdf = Users.as(user, () -> reports.registrationForm(c.id())).content();
        assertEquals(1, PdfText.images(pdf), "the photo on the form");
        assertContainsAll(PdfText.of(pdf), List.of(c.applicant().name(), c.applicant().idNumber()));
    }

    @Test
    void fortyWorkRowsRunOverPagesWithTheSectionTitleAndColumnHeadingsOnEachPage() throws Exception {
        Journey.Case c = Journey.draft(Forms.ENGINEER_TRAFFIC);
        String user = c.applicant().username();
        long existing = Db.count("SELECT COUNT(*) FROM form_work_experience w JOIN application a ON a.form_id = w.form_id WHERE a.id = ?", c.id());
        Users.run(user, () -> {
            long version = Journey.version(c.id());
            for (long i = existing + 1; i <= 40; i++) {
                WorkExperienceRow row = new WorkExperienceRow();
                row.setStartDate(LocalDate.of(1980, 1, 1).plusMonths(i));
                row.setEndDate(LocalDate.of(1980, 1, 1).plusMonths(i + 1));
                row.setWorkplace("深圳市第" + i + "工程公司从事道路设计");
                row.setPost("工程师" + i);
                row.setMainContent("第" + i + "项市政道路设计");
                row.setWitness("证明人" + i);
                version = Journey.forms().addRow(c.id(), version, row).version();
            }
        });
        assertEquals(40, Db.count("SELECT COUNT(*) FROM form_work_experience w JOIN application a ON a.form_id = w.form_id WHERE a.id = ?", c.id()));

        byte[] pdf = Users.as(user, () -> reports.registrationForm(c.id())).content();
        int pages = PdfText.pages(pdf);
        assertTrue(pages >= 3, "40 work rows and the other sections on " + pages + " page(s)");
        List<Integer> pagesWithRows = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            String text = PdfText.of(pdf, page);
            assertTrue(text.contains("第" + page + "页，共" + pages + "页"), "page number on page " + page + ":\n" + text);
            if (text.contains("工程公司从事道路设计")) {
                pagesWithRows.add(page);
                assertContainsAll(text, List.of("工作经历", "起止时间", "在何地何单位从事何工作", "任何职", "主要专业技术工作内容", "证明人"));
            }
            if (page > 1) {
                assertTrue(text.contains(c.applicant().name()) && text.contains(c.applicant().idNumber()), "running head on page " + page);
            }
        }
        assertTrue(pagesWithRows.size() >= 2, "the list is on pages " + pagesWithRows);
        String all = PdfText.of(pdf);
        for (long i = existing + 1; i <= 40; i++) {
            assertTrue(all.contains("深圳市第" + i + "工程公司"), "row " + i + " is missing");
        }
        assertContainsAll(all, REGISTRATION_SECTIONS);
    }

    @Test
    void theUnitsFormsAndTheExceptionalRecommendationCarryTheApplicant() throws Exception {
        Journey.Case c = Journey.at(ApplicationState.UNIT_PRE_PUBLICITY);
        List<OfficialForm> forms = Users.as("jt-admin", () -> reports.printableForms(c.id()));
        assertEquals(List.of(OfficialForm.REGISTRATION, OfficialForm.PERSONAL_COMMITMENT, OfficialForm.UNIT_COMMITMENT,
                OfficialForm.PRE_PUBLICITY_SITUATION), forms);
        for (OfficialForm form : OfficialForm.values()) {
            ReportFile file = Users.as("jt-admin", () -> reports.form(c.id(), form));
            keep(form.name() + ".pdf", file.content());
            String text = PdfText.of(file.content());
            assertContainsAll(text, List.of(c.applicant().name(), c.applicant().idNumber()));
            String title = form.label().replaceAll("（[^）]*）$", "");
            assertTrue(text.contains(title.replaceAll("\\s", "")), form + " without its title " + title + ":\n" + text);
            assertTrue(file.fileName().endsWith("-" + c.applicant().name() + ".pdf"), file.fileName());
        }
        assertContainsAll(PdfText.of(Users.as("jt-admin", () -> reports.form(c.id(), OfficialForm.UNIT_COMMITMENT)).content()),
                List.of("（单位）", "深圳市示例交通建设有限公司", "申报单位（盖章）"));
        assertContainsAll(PdfText.of(Users.as("jt-admin", () -> reports.form(c.id(), OfficialForm.PRE_PUBLICITY_SITUATION))
                .content()), List.of("资格评审评前公示情况表", "评前公示情况", "公示开始时间", "单位年度考核情况", "单位意见"));
        assertContainsAll(PdfText.of(Users.as("jt-admin", () -> reports.form(c.id(), OfficialForm.EXCEPTIONAL_RECOMMENDATION))
                .content()), List.of("申报人基本情况", "破格申报理由", "单位推荐意见", Journey.EVALUATION_150));
    }

    @Test
    void thePublicityListPrintsTheSelectedApplicantsAndRecordsThemAsPrinted() throws Exception {
        Journey.Case first = Journey.at(ApplicationState.UNIT_PRE_PUBLICITY);
        Journey.Case second = Journey.at(ApplicationState.UNIT_PRE_PUBLICITY);
        Page<PublicityCandidate> notPrinted = Users.as("jt-admin", () -> reports.publicityCandidates(true, false,
                first.applicant().name(), 0, 20));
        assertEquals(1, notPrinted.total());
        assertEquals(first.id(), notPrinted.rows().get(0).applicationId());
        assertEquals(first.applicant().name(), notPrinted.rows().get(0).name());

        PublicityNotice notice = new PublicityNotice();
        notice.setStart(Journey.PUBLICITY_START);
        notice.setEnd(Journey.PUBLICITY_END);
        notice.setDepartment("人力资源部");
        notice.setContactName("王经办");
        notice.setPhone("0755-88886666");
        notice.setAddress("深圳市福田区示例路1号");
        notice.setPostcode("518000");
        ReportFile file = Users.as("jt-admin", () -> reports.publicityList(true, notice, List.of(first.id(), second.id())));
        String text = PdfText.of(file.content());
        assertContainsAll(text, List.of("推荐申报职称评审人员评前公示", "公示名单", "序号", "姓名", "性别", "出生年月", "最高学历",
                "毕业时间", "现专业技术资格", "取得时间", "申报评审专业", "申报评审资格名称", "申报属性",
                first.applicant().name(), second.applicant().name(), "人力资源部", "王经办", "0755-88886666", "518000",
                "深圳市示例交通建设有限公司（盖章）", "2020年12月21日至2020年12月25日"));
        assertEquals(2, Db.count("SELECT COUNT(*) FROM publicity_print WHERE stage = 'PRE' AND application_id IN (?, ?)",
                first.id(), second.id()));
        assertEquals(1, Users.as("jt-admin", () -> reports.publicityCandidates(true, true, first.applicant().name(), 0, 20))
                .total());
        assertEquals(0, Users.as("jt-admin", () -> reports.publicityCandidates(true, false, first.applicant().name(), 0, 20))
                .total());
        // another unit neither lists nor prints them; an application not at that publicity is not printable there
        assertEquals(0, Users.as("rj-admin", () -> reports.publicityCandidates(true, null, first.applicant().name(), 0, 20))
                .total());
        assertThrows(ApplicationNotFoundException.class,
                () -> Users.as("rj-admin", () -> reports.publicityList(true, notice, List.of(first.id()))));
        assertThrows(ApplicationNotFoundException.class,
                () -> Users.as("jt-admin", () -> reports.publicityList(false, notice, List.of(first.id()))));
        assertEquals(2, Db.count("SELECT COUNT(*) FROM publicity_print WHERE application_id IN (?, ?)", first.id(), second.id()));
    }

    @Test
    void aDraftPrintsOnlyTheApplicantsForms() throws Exception {
        Journey.Case c = Journey.draft(Forms.ENGINEER_TRAFFIC);
        assertEquals(List.of(OfficialForm.REGISTRATION, OfficialForm.PERSONAL_COMMITMENT),
                Users.as(c.applicant().username(), () -> reports.printableForms(c.id())));
    }

    @Test
    void outsidersAreAnsweredAsIfTheApplicationDidNotExist() throws Exception {
        Journey.Case c = Journey.at(ApplicationState.UNIT_PRE_PUBLICITY);
        long missing = Db.count("SELECT MAX(id) FROM application") + 1000;
        String notFound = assertThrows(ApplicationNotFoundException.class,
                () -> Users.as("jt-admin", () -> reports.registrationForm(missing))).getMessage();
        assertEquals("未找到该业务。", notFound);
        // another individual, another unit, an office before the application reached it
        for (String outsider : List.of("lisi", "rj-admin", "office-kj", "office-jt")) {
            assertEquals(notFound, assertThrows(ApplicationNotFoundException.class,
                    () -> Users.as(outsider, () -> reports.printableForms(c.id())), outsider).getMessage());
            for (OfficialForm form : OfficialForm.values()) {
                assertEquals(notFound, assertThrows(ApplicationNotFoundException.class,
                        () -> Users.as(outsider, () -> reports.form(c.id(), form)), outsider + " " + form).getMessage());
            }
        }
        // the applicant and the unit it was sent to may print
        assertTrue(PdfText.of(Users.as(c.applicant().username(), () -> reports.registrationForm(c.id())).content())
                .contains(c.applicant().idNumber()));
        assertTrue(PdfText.of(Users.as("jt-handler", () -> reports.registrationForm(c.id())).content())
                .contains(c.applicant().idNumber()));
    }

    /** Leaves the PDF for a look (the server's temporary directory, official-forms/). */
    private static void keep(String name, byte[] pdf) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "official-forms"));
        java.nio.file.Files.write(dir.resolve(name), pdf);
    }
}
