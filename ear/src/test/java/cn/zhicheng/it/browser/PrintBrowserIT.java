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

import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.it.reports.PdfText;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.remote.Remote;

/**
 * 报表打印 in a real browser: 张三 lists the forms of his application and downloads 《职称评审申报人情况登记表》, read back
 * with pdftotext; someone else's application is 未找到该业务 on the page and 404 by direct URL; the unit prints its
 * commitment from the same page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrintBrowserIT {

    private static Map<String, String> cases;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithKit(PrintBrowserIT.class);
    }

    @BeforeAll
    static void prepare() {
        cases = Remote.call(PrintBrowserIT.class, "prepareCases");
        PrintPages.start();
    }

    @AfterAll
    static void stop() {
        PrintPages.stop();
    }

    // ---- inside the server ----

    static Map<String, String> prepareCases() throws Exception {
        Map<String, String> out = new HashMap<>();
        out.put("zhangsan.id", String.valueOf(((Number) Db.value("SELECT a.id FROM application a JOIN user_account u "
                + "ON u.person_id = a.applicant_id WHERE u.username = 'zhangsan'")).longValue()));
        Journey.Case atPublicity = Journey.at(ApplicationState.UNIT_PRE_PUBLICITY);
        out.put("other.id", String.valueOf(atPublicity.id()));
        out.put("other.name", atPublicity.applicant().name());
        out.put("other.idNumber", atPublicity.applicant().idNumber());
        return out;
    }

    static String printedOnPreList(String applicationId) {
        return String.valueOf(Db.count("SELECT COUNT(*) FROM publicity_print WHERE stage = 'PRE' AND application_id = ?",
                Long.parseLong(applicationId)));
    }

    // ---- in the browser ----

    @Test
    @Order(1)
    void theApplicantDownloadsTheRegistrationFormFromThePrintPage() throws Exception {
        PrintPages.loginPersonal("zhangsan");
        List<String> forms = PrintPages.openPrintPage(Long.parseLong(cases.get("zhangsan.id")));
        assertTrue(forms.contains("《职称评审申报人情况登记表》") && forms.contains("《广东省深圳市职称申报承诺书》(个人)"),
                forms.toString());

        byte[] pdf = PrintPages.download("REGISTRATION", "职称评审申报人情况登记表-张三.pdf");
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
        String text = PdfText.of(pdf);
        PdfText.assertContainsAll(text, List.of("职称评审申报人情况登记表", "张三", "440304198501011235", "基本信息", "教育经历",
                "工作经历", "申报的专业技术资格信息", "工作负面情况说明", "申报下一环节信息"));
    }

    @Test
    @Order(2)
    void someoneElsesApplicationIsNotFoundOnThePageAndByDirectUrl() {
        long other = Long.parseLong(cases.get("other.id"));
        assertEquals(List.of(), PrintPages.openPrintPage(other));
        assertEquals("未找到该业务。", PrintPages.notFoundMessage());
        assertEquals(404, PrintPages.status("common/forms?id=" + other + "&form=REGISTRATION"));
        assertEquals(200, PrintPages.status("common/forms?id=" + cases.get("zhangsan.id") + "&form=REGISTRATION"));
    }

    @Test
    @Order(3)
    void theUnitPrintsItsCommitmentForTheApplicationItReviewed() throws Exception {
        PrintPages.loginUnit("jt-handler");
        List<String> forms = PrintPages.openPrintPage(Long.parseLong(cases.get("other.id")));
        assertTrue(forms.contains("《广东省深圳市职称申报承诺书》(单位)") && forms.contains("《资格评审评前公示情况表》(评前)"),
                forms.toString());
        byte[] pdf = PrintPages.download("UNIT_COMMITMENT", "广东省深圳市职称申报承诺书（单位）-" + cases.get("other.name") + ".pdf");
        PdfText.assertContainsAll(PdfText.of(pdf), List.of("（单位）", cases.get("other.name"), cases.get("other.idNumber"),
                "深圳市示例交通建设有限公司"));
    }

    @Test
    @Order(4)
    void theUnitPrintsThePrePublicityListOfTheTickedApplicant() throws Exception {
        String name = cases.get("other.name");
        byte[] pdf = PrintPages.printPublicityList(name, "人力资源部", "王经办");
        PdfText.assertContainsAll(PdfText.of(pdf), List.of("推荐申报职称评审人员评前公示", "公示名单", "序号", "申报评审资格名称",
                name, "人力资源部", "王经办", "深圳市示例交通建设有限公司（盖章）"));
        assertEquals("1", Remote.call(PrintBrowserIT.class, "printedOnPreList", cases.get("other.id")).get("result"));
        assertEquals("已打印", PrintPages.printedStatus(name));
    }
}
