package cn.zhicheng.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;

import cn.zhicheng.reports.data.PersonalCommitmentData;

/** The commitment renders from its bean into a PDF whose Chinese text can be read back, in the embedded font. */
class PersonalCommitmentReportTest {

    private static final PersonalCommitmentData ZHANG_SAN = new PersonalCommitmentData("0032021011000000001", "张三",
            "居民身份证", "440304198501011235", "深圳市示例交通建设有限公司", "工程师(工程技术)", "道路桥梁",
            LocalDate.of(2021, 1, 10));

    @Test
    void theFilledFormCarriesNameIdUnitTitleAndDateAsText() throws Exception {
        byte[] pdf = PersonalCommitmentReport.render(ZHANG_SAN);

        String text = Pdfs.javaText(pdf);
        assertContainsAll(text, "广东省深圳市职称申报承诺书", "（个人）", "张三", "440304198501011235",
                "深圳市示例交通建设有限公司", "工程师(工程技术)职称", "评审专业为道路桥梁", "申报人（签名）：", "2021年1月10日", "0032021011000000001",
                "记过以上处分", "离退休人员", "依法承担法律责任。");
    }

    @Test
    void pdftotextReadsTheSameChineseText() throws Exception {
        assumeTrue(Pdfs.hasPoppler(), "pdftotext (poppler-utils) is not installed: only the Java-side extraction ran");
        String text = Pdfs.pdftotext(PersonalCommitmentReport.render(ZHANG_SAN));
        assertContainsAll(text, "广东省深圳市职称申报承诺书", "张三", "440304198501011235", "2021年1月10日",
                "申报人（签名）：");
    }

    @Test
    void theFontIsEmbeddedAndItIsTheOnlyOne() throws Exception {
        byte[] pdf = PersonalCommitmentReport.render(ZHANG_SAN);
        assertEquals(Set.of("NotoSansSC-Regular", "NotoSansSC-Bold"), Pdfs.embeddedFontNames(pdf));
    }

    @Test
    void everyCharacterOfTheFormHasAGlyphInTheEmbeddedFont() throws Exception {
        String text = Pdfs.javaText(PersonalCommitmentReport.render(ZHANG_SAN)).replaceAll("[\\s\\u3000\\u00A0]", "");
        for (String face : new String[] {"NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf"}) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("fonts/notosanssc/" + face)) {
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                assertEquals(-1, font.canDisplayUpTo(text), face + " lacks a glyph of: " + text);
            }
        }
    }

    @Test
    void blanksStayLinesToFillInWhenNoUnitOrTitleIsChosenYet() throws Exception {
        PersonalCommitmentData draft = new PersonalCommitmentData(null, "李四", null, "440305199003152343", null, null, null,
                LocalDate.of(2021, 1, 11));
        String text = Pdfs.javaText(PersonalCommitmentReport.render(draft));
        assertContainsAll(text, "李四", "证件号码", "440305199003152343", "2021年1月11日", "系＿＿＿＿＿＿＿＿＿＿＿＿＿＿（申报单位）",
                "现申报＿＿＿＿＿＿＿＿职称，评审专业为＿＿＿＿＿＿＿＿。");
        assertTrue(!text.contains("null") && !text.contains("业务流水号"), text);
    }

    @Test
    void markupInDataPrintsAsText() throws Exception {
        PersonalCommitmentData odd = new PersonalCommitmentData(null, "王五", "护照", "E12345678", "A&B<研究院>", null, null,
                LocalDate.of(2021, 1, 12));
        assertContainsAll(Pdfs.javaText(PersonalCommitmentReport.render(odd)), "A&B<研究院>", "护照号码");
    }

    @Test
    void theFileNameIsTheTitleAndTheApplicant() {
        assertEquals("广东省深圳市职称申报承诺书（个人）-张三.pdf", PersonalCommitmentReport.fileName(ZHANG_SAN));
    }

    @Test
    void theFormFitsOnOneA4Page() throws Exception {
        PdfReader reader = new PdfReader(PersonalCommitmentReport.render(ZHANG_SAN));
        assertEquals(1, reader.getNumberOfPages());
        assertEquals(595, Math.round(reader.getPageSize(1).getWidth()));
        assertEquals(842, Math.round(reader.getPageSize(1).getHeight()));
        reader.close();
    }

    private static void assertContainsAll(String text, String... expected) {
        String compact = text.replaceAll("[\\s\\u3000\\u00A0]", "");
        for (String e : expected) {
            assertTrue(compact.contains(e.replaceAll("[\\s\\u3000\\u00A0]", "")), "missing «" + e + "» in:\n" + text);
        }
    }
}
