package cn.zhicheng.it.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import cn.zhicheng.application.ReportFile;
import cn.zhicheng.application.ReportService;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.infrastructure.time.ClockProducer;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Users;

/**
 * 《广东省深圳市职称申报承诺书》(个人) through the whole path: the report EJB reads 张三's demo application under
 * his scope, the reports jar in the EAR's lib/ renders it with the embedded font, and the PDF's text is read
 * back. Whoever may not see the application gets the same answer as for one that does not exist.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalCommitmentIT {

    private static final String ZHANGSAN_APPLICATION = "SELECT a.id FROM application a "
            + "JOIN user_account u ON u.person_id = a.applicant_id WHERE u.username = 'zhangsan'";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PersonalCommitmentIT.class);
    }

    @EJB
    ReportService reports;

    @Test
    void theApplicantPrintsHisCommitmentFilledFromTheDatabaseAndDatedByThePlatformClock() throws Exception {
        long id = zhangsanApplication();
        Object[] expected = Db.rows("SELECT p.name, p.id_number, un.name, a.summary, s.name, a.serial_no FROM application a "
                + "JOIN person p ON p.id = a.applicant_id JOIN unit un ON un.id = a.unit_id "
                + "JOIN specialty s ON s.id = a.specialty_id WHERE a.id = ?", id).get(0);
        // two days on: the date printed must be the platform's (2021), not the machine's
        LocalDate today = LocalDate.parse(System.getProperty(ClockProducer.START_PROPERTY).substring(0, 10)).plusDays(2);
        ReportFile file;
        System.setProperty(ClockProducer.SHIFT_PROPERTY, String.valueOf(TimeUnit.DAYS.toSeconds(2)));
        try {
            file = Users.as("zhangsan", () -> reports.personalCommitment(id));
        } finally {
            System.clearProperty(ClockProducer.SHIFT_PROPERTY);
        }

        assertEquals("广东省深圳市职称申报承诺书（个人）-" + expected[0] + ".pdf", file.fileName());
        assertEquals("application/pdf", file.contentType());
        String date = today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日";
        List<String> wanted = List.of("广东省深圳市职称申报承诺书", "（个人）", (String) expected[0], (String) expected[1],
                (String) expected[2], (String) expected[3], (String) expected[4], (String) expected[5],
                "申报人（签名）：", date, "依法承担法律责任。");
        assertContainsAll(javaText(file.content()), wanted);
        if (popplerInstalled()) {
            assertContainsAll(poppler("pdftotext", file.content(), "-enc", "UTF-8"), wanted);
        }
        assertEquals("张三", expected[0]);
        assertEquals("440304198501011235", expected[1]);
    }

    @Test
    void theChineseFontIsEmbeddedInThePdf() throws Exception {
        byte[] pdf = Users.as("zhangsan", () -> reports.personalCommitment(zhangsanApplication())).content();
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("NotoSansSC-Regular") && raw.contains("/FontFile2"), "the font program is not in the PDF");
        if (popplerInstalled()) {
            List<String> fonts = poppler("pdffonts", pdf).lines().skip(2).toList();
            assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(l -> l.contains("NotoSansSC") && l.matches(".*Identity-H\\s+yes\\s+yes\\s+yes.*")),
                    "every font must be an embedded NotoSansSC subset:\n" + String.join("\n", fonts));
        }
    }

    @Test
    void theUnitTheApplicationWasSentToMayPrintItToo() throws Exception {
        long id = zhangsanApplication();
        assertContainsAll(javaText(Users.as("jt-handler", () -> reports.personalCommitment(id)).content()), List.of("张三"));
    }

    @Test
    void anotherIndividualOrAnotherUnitIsAnsweredAsIfTheApplicationDidNotExist() throws Exception {
        long id = zhangsanApplication();
        long missing = Db.count("SELECT MAX(id) FROM application") + 1000;
        String notFound = assertThrows(ApplicationNotFoundException.class,
                () -> Users.as("zhangsan", () -> reports.personalCommitment(missing))).getMessage();
        for (String outsider : List.of("lisi", "rj-admin", "office-kj")) {
            ApplicationNotFoundException refused = assertThrows(ApplicationNotFoundException.class,
                    () -> Users.as(outsider, () -> reports.personalCommitment(id)), outsider);
            assertEquals(notFound, refused.getMessage(), outsider);
        }
        assertEquals("未找到该业务。", notFound);
    }

    @Test
    void rolesThatPrintNoFormsAreRefusedBeforeAnythingIsRead() {
        long id = zhangsanApplication();
        for (String user : List.of("expert-jt", "admin")) {
            assertThrows(EJBAccessException.class, () -> Users.as(user, () -> reports.personalCommitment(id)), user);
        }
    }

    private static long zhangsanApplication() {
        return ((Number) Db.value(ZHANGSAN_APPLICATION)).longValue();
    }

    private static String javaText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static boolean popplerInstalled() {
        try {
            return new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Runs a poppler tool on the PDF: {@code tool [options] file.pdf -} (pdffonts takes the file only). */
    private static String poppler(String tool, byte[] pdf, String... options) throws Exception {
        Path file = Files.createTempFile("commitment", ".pdf");
        try {
            Files.write(file, pdf);
            List<String> command = new java.util.ArrayList<>(List.of(tool));
            command.addAll(List.of(options));
            command.add(file.toString());
            if (tool.equals("pdftotext")) {
                command.add("-");
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0, tool + " failed: " + out);
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void assertContainsAll(String text, List<String> expected) {
        String compact = text.replaceAll("[\\s\\u3000\\u00A0]", "");
        for (String e : expected) {
            assertTrue(compact.contains(e.replaceAll("[\\s\\u3000\\u00A0]", "")), "missing «" + e + "» in:\n" + text);
        }
    }
}
