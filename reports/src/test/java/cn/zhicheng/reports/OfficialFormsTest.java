package cn.zhicheng.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;

import cn.zhicheng.reports.data.PersonalCommitmentData;
import cn.zhicheng.reports.data.RegistrationHead;

/**
 * The ruled official forms: title, sections with their headings, page numbers, and a long list that runs over
 * pages with its section title and column headings printed again on each of them. Each rendered PDF is also left
 * in target/official-forms/ to be looked at.
 */
class OfficialFormsTest {

    static final String[] SECTIONS = {"基本信息", "教育经历", "工作经历", "专业行业组织职务", "现专业技术资格职务信息"};

    static RegistrationHead zhangSan() {
        RegistrationHead h = new RegistrationHead();
        h.setName("张三");
        h.setGender("男");
        h.setIdType("居民身份证");
        h.setIdNumber("440304198501011235");
        h.setBirthDate("1985-01-01");
        h.setNationality("中国");
        h.setEthnicity("汉族");
        h.setPoliticalStatus("中共党员");
        h.setHouseholdRegistration("广东省深圳市");
        h.setWorkStartDate("2007-07-01");
        h.setPhone("13800000001");
        h.setEmail("zhangsan@example.cn");
        h.setWorkUnit("深圳市示例交通建设有限公司");
        h.setInsuredUnitName("深圳市示例交通建设有限公司");
        h.setInsuredUnitOrgCode("91440300MA5XXXXX1X");
        return h;
    }

    static RuledForm registration(int educationRows) {
        List<String[]> educations = new ArrayList<>();
        for (int i = 1; i <= educationRows; i++) {
            educations.add(new String[] {"2003-09—2007-07", "示例大学第" + i + "分校", "土木工程", "大学本科", "学士",
                "全日制", "境内", "1055612007000" + String.format("%04d", i), i == 1 ? "是" : "否"});
        }
        return RegistrationFormReport.form().meta("业务流水号：0032021011000000001　打印日期：2021年1月10日")
                .runningHead("职称评审申报人情况登记表　张三　440304198501011235")
                .section("教育经历").table(RuledForm.EDUCATION, educations)
                .section("工作经历").table(RuledForm.WORK_EXPERIENCE, List.<String[]>of(new String[] {"2007-07—至今",
                    "深圳市示例交通建设有限公司，从事道路桥梁设计", "设计师", "负责市政道路与桥梁的施工图设计、审查与现场技术服务。", "李四"}))
                .section("专业行业组织职务").table(RuledForm.ORGANISATION_POST, List.of())
                .section("现专业技术资格职务信息")
                .facts("现资格类型", "职称", "资格名称", "助理工程师")
                .facts("取得时间", "2012-12-01", "取得方式", "评审")
                .text("个人自我评价", "本人长期从事道路桥梁设计工作。")
                .sign("本人承诺以上所填内容真实、准确。", "申报人（签名）：　　　　　　　　　年　　月　　日");
    }

    @Test
    void theRegistrationFormHasItsTitleSectionsNameAndIdAndAFramedPhotoBox() throws Exception {
        byte[] pdf = RegistrationFormReport.render(registration(2), zhangSan(), null);
        keep("registration-form.pdf", pdf);
        String text = Pdfs.javaText(pdf);
        assertContainsAll(text, "职称评审申报人情况登记表", "张三", "440304198501011235", "照片", "第1页，", "共1页");
        assertContainsAll(text, SECTIONS);
        assertTrue(!text.contains("null"), text);
        assertEquals(Set.of("NotoSansSC-Regular", "NotoSansSC-Bold"), Pdfs.embeddedFontNames(pdf));
        if (Pdfs.hasPoppler()) {
            assertContainsAll(Pdfs.pdftotext(pdf), SECTIONS);
        }
    }

    @Test
    void aPhotoTakesThePlaceOfTheBlankBox() throws Exception {
        byte[] pdf = RegistrationFormReport.render(registration(1), zhangSan(), photo());
        keep("registration-form-photo.pdf", pdf);
        assertTrue(!Pdfs.javaText(pdf).contains("照片"));
    }

    @Test
    void fortyRowsRunOverPagesWithTheSectionHeadingsOnEachPage() throws Exception {
        byte[] pdf = RegistrationFormReport.render(registration(40), zhangSan(), null);
        keep("registration-form-40.pdf", pdf);
        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        reader.close();
        assertTrue(pages >= 2, "40 rows on " + pages + " page(s)");
        assumeTrue(Pdfs.hasPoppler());
        int seen = 0;
        for (int page = 1; page <= pages; page++) {
            String text = Pdfs.pdftotext(pdf, page).replaceAll("\\s", "");
            assertTrue(text.contains("第" + page + "页，共" + pages + "页"), text);
            if (text.contains("示例大学")) {
                assertTrue(text.contains("教育经历") && text.contains("毕业学校") && text.contains("学历证书编号"),
                        "page " + page + " without the headings:\n" + text);
                seen++;
            }
        }
        assertTrue(seen >= 2, "the list is on " + seen + " page(s)");
        String all = Pdfs.pdftotext(pdf).replaceAll("\\s", "");
        for (int i = 1; i <= 40; i++) {
            assertTrue(all.contains("示例大学第" + i + "分校"), "row " + i);
        }
    }

    @Test
    void aPublicityListOfManyApplicantsRepeatsItsHeadingsAndNumbersTheRows() throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(new String[] {"申报人" + i, "男", "1985年1月", "大学本科", "2007年7月", "助理工程师", "2012年12月",
                "道路桥梁", "工程师", "普通申报"});
        }
        byte[] pdf = PublicityListReport.render(true, 2021,
                "经审核研究，同意推荐下列同志申报2021年度专业技术资格评审，现予公示。公示时间从2021年1月11日至2021年1月15日。",
                "单位名称：深圳市示例交通建设有限公司（盖章）\n2021年1月10日", "打印日期：2021年1月10日", rows);
        keep("publicity-list.pdf", pdf);
        String text = Pdfs.javaText(pdf);
        assertContainsAll(text, "2021年度推荐申报职称评审人员评前公示", "2021年度推荐申报职称评审人员公示名单", "序号",
                "申报评审资格名称", "申报人60", "深圳市示例交通建设有限公司（盖章）");
    }

    @Test
    void theUnitCommitmentNamesUnitAndApplicant() throws Exception {
        byte[] pdf = UnitCommitmentReport.render(new PersonalCommitmentData("0032021011000000001", "张三", "居民身份证",
                "440304198501011235", "深圳市示例交通建设有限公司", "工程师(工程技术)", "道路桥梁", LocalDate.of(2021, 1, 10)));
        keep("unit-commitment.pdf", pdf);
        assertContainsAll(Pdfs.javaText(pdf), "广东省深圳市职称申报承诺书", "（单位）", "张三", "440304198501011235",
                "深圳市示例交通建设有限公司", "申报单位（盖章）", "2021年1月10日");
    }

    @Test
    void fileNamesAreTitleAndApplicant() {
        assertEquals("职称评审申报人情况登记表-张三.pdf", RegistrationFormReport.fileName("张三"));
        assertEquals("广东省深圳市职称破格申报推荐表-张/三.pdf".replace('/', '_'), ExceptionalRecommendationReport.fileName("张/三"));
    }

    static byte[] photo() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(90, 126, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x2A6FD6));
        g.fillRect(0, 0, 90, 126);
        g.setColor(java.awt.Color.WHITE);
        g.fillOval(25, 20, 40, 48);
        g.fillRect(15, 80, 60, 46);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    static void keep(String name, byte[] pdf) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "official-forms"));
        Files.write(dir.resolve(name), pdf);
    }

    static void assertContainsAll(String text, String... expected) {
        String compact = text.replaceAll("[\\s\\u3000\\u00A0]", "");
        for (String e : expected) {
            assertTrue(compact.contains(e.replaceAll("[\\s\\u3000\\u00A0]", "")), "missing «" + e + "» in:\n" + text);
        }
    }
}
