package cn.zhicheng.it.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
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
import cn.zhicheng.it.support.remote.Remote;

/**
 * 人社公示 → 制证 → 电子证书 → 证书查询 in a real browser: the bureau records its publicity (4 working days over 元旦
 * refused next to the dates, 5 accepted) and issues the certificate; the applicant reads its number in 我的事项 and
 * downloads the PDF from 查看; the QR code read off the rendered PDF (pdftoppm + ZXing) is the public verification
 * URL, which opens 证书查询 without login; with name and ID number the certificate is found (ID masked), a wrong ID
 * gets the neutral answer; the JSON endpoint answers the same; every query is in the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificateBrowserIT {

    private static Map<String, String> prepared;
    private static String certificateNo;
    private static String verificationUrl;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithKit(CertificateBrowserIT.class);
    }

    @BeforeAll
    static void prepare() {
        prepared = Remote.call(CertificateBrowserIT.class, "anApplicationAtTheBureausPublicity");
        CertificatePages.start();
    }

    @AfterAll
    static void stopBrowser() {
        CertificatePages.stop();
    }

    // ---- inside the server

    static Map<String, String> anApplicationAtTheBureausPublicity() throws Exception {
        Journey.Case c = Journey.at(ApplicationState.BUREAU_PUBLICITY);
        // the fixture applicant logs in with the demo password
        Db.update("UPDATE user_account SET password_hash = (SELECT password_hash FROM user_account WHERE username = "
                + "'zhangsan') WHERE username = ?", c.applicant().username());
        Map<String, String> p = new HashMap<>();
        p.put("id", Long.toString(c.id()));
        p.put("applicant", c.applicant().username());
        p.put("name", c.applicant().name());
        p.put("idNumber", Db.string("SELECT p.id_number FROM person p JOIN application a ON a.applicant_id = p.id "
                + "WHERE a.id = ?", c.id()));
        p.put("serialNo", Db.string("SELECT serial_no FROM application WHERE id = ?", c.id()));
        return p;
    }

    static String stateOf(String id) {
        return Journey.state(Long.parseLong(id)).name();
    }

    static String certificateNoOf(String id) {
        return Db.string("SELECT certificate_no FROM application WHERE id = ?", Long.parseLong(id));
    }

    static String publicityDays(String id) {
        return Db.value("SELECT p.working_days FROM decision_publicity p JOIN decision_record d ON d.id = p.id "
                + "WHERE d.application_id = ? AND d.action = 'BUREAU_PUBLICITY_PASS'", Long.parseLong(id)).toString();
    }

    static String queries(String id, String outcome, String channel) {
        return String.valueOf(Db.count("SELECT COUNT(*) FROM certificate_query WHERE application_id = ? AND outcome = ? "
                + "AND channel = ?", Long.parseLong(id), outcome, channel));
    }

    // ---- in the browser

    @Test
    @Order(1)
    void theBureauRecordsItsPublicityOfAtLeastFiveWorkingDays() {
        Browser b = CertificatePages.browser();
        b.loginUnit("bureau");
        b.clickMenu("menu-bureau-publicity");
        b.waitForUrl("bureau/publicity.xhtml");
        // 2020-12-28 (Mon) to 2021-01-01 (元旦): four working days
        CertificatePages.recordPublicity(prepared.get("serialNo"), "2020-12-28", "2021-01-01");
        String refusal = CertificatePages.datesMessage();
        assertTrue(refusal.contains("5") && refusal.contains("4"), refusal);
        assertEquals("BUREAU_PUBLICITY", Remote.value(CertificateBrowserIT.class, "stateOf", prepared.get("id")));
        b.snapshot("bureau-publicity-refused");

        b.setDate("publicity-dialog-form:start", "2020-12-21");
        b.setDate("publicity-dialog-form:end", "2020-12-25");
        b.clickAndWait("publicity-dialog-form:submit");
        b.waitForVisibleText("#publicity-list\\:list-messages", prepared.get("serialNo"));
        assertEquals("CERTIFICATE", Remote.value(CertificateBrowserIT.class, "stateOf", prepared.get("id")));
        assertEquals("5", Remote.value(CertificateBrowserIT.class, "publicityDays", prepared.get("id")));
    }

    @Test
    @Order(2)
    void theBureauIssuesTheCertificate() {
        Browser b = CertificatePages.browser();
        b.clickMenu("menu-bureau-certificate");
        b.waitForUrl("bureau/certificate.xhtml");
        CertificatePages.issue(prepared.get("serialNo"));
        certificateNo = Remote.value(CertificateBrowserIT.class, "certificateNoOf", prepared.get("id"));
        assertTrue(certificateNo.matches("ZC20202201\\d{5}"), certificateNo);
        b.waitForVisibleText("#certificates\\:messages", certificateNo);
        assertEquals("APPROVED", Remote.value(CertificateBrowserIT.class, "stateOf", prepared.get("id")));
        int row = CertificatePages.rowOf("certificates:issued", prepared.get("serialNo"));
        assertTrue(b.rows("certificates:issued").get(row).contains(certificateNo));
        b.snapshot("bureau-certificate-issued");
    }

    @Test
    @Order(3)
    void theApplicantSeesTheNumberUnderFinishedAndDownloadsThePdfWhoseQrCodeIsTheVerificationUrl() throws Exception {
        Browser b = CertificatePages.browser();
        b.loginPersonal(prepared.get("applicant"));
        b.open("individual/items.xhtml?tab=FINISHED");
        b.waitForVisibleText("#items", certificateNo);
        b.click("a[id$=':certificate']");
        b.waitForUrl("common/view.xhtml", "id=" + prepared.get("id"));
        assertEquals(certificateNo, b.text("certificate-no"));
        byte[] pdf = CertificatePages.downloadCertificate(certificateNo);
        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(pdf, 4), "the electronic certificate is a PDF");
        verificationUrl = CertificatePages.qrCodeOf(pdf);
        assertEquals(Browser.baseUrl() + "certificate-query/index.xhtml?no=" + certificateNo, verificationUrl);
        b.snapshot("applicant-certificate");
    }

    @Test
    @Order(4)
    void theQrCodesUrlOpensThePublicQueryWhichFindsTheCertificateWithoutLogin() {
        Browser b = CertificatePages.browser();
        b.anonymous();
        // the login page leads to the public query too
        b.clickId("link-certificate-query");
        b.waitForUrl("certificate-query/index.xhtml");
        b.driver.get(verificationUrl);
        assertEquals(certificateNo, b.value("query:certificateNo"), "the number comes with the QR code's link");
        // a wrong ID number: the one neutral answer, nothing of the certificate
        String id = prepared.get("idNumber");
        String wrongId = id.substring(0, 17) + (id.endsWith("0") ? "1" : "0");
        CertificatePages.query(prepared.get("name"), wrongId, null);
        assertEquals("未查询到符合条件的证书，请核对姓名、证件号码和证书编号后重试。", b.text("answer-message"));
        assertFalse(b.present("#certificate-facts"));

        CertificatePages.query(prepared.get("name"), id, null);
        assertEquals(certificateNo, b.text("fact-no"));
        assertEquals(prepared.get("name"), b.text("fact-name"));
        assertEquals(id.substring(0, 6) + "********" + id.substring(14), b.text("fact-id"), "the ID masked");
        assertEquals("深圳市人力资源和社会保障局", b.text("fact-issuer"));
        b.snapshot("public-certificate-query");
        assertEquals("1", Remote.value(CertificateBrowserIT.class, "queries", prepared.get("id"), "FOUND", "PAGE"));
    }

    @Test
    @Order(5)
    void theJsonEndpointAnswersOtherSystemsTheSame() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> found = post(http, prepared.get("name"), prepared.get("idNumber"), certificateNo);
        assertEquals(200, found.statusCode(), found.body());
        assertTrue(found.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(found.body().contains("\"found\":true") && found.body().contains("\"certificateNo\":\"" + certificateNo + "\""),
                found.body());
        assertFalse(found.body().contains(prepared.get("idNumber")), "the ID masked: " + found.body());
        HttpResponse<String> missed = post(http, prepared.get("name") + "某", prepared.get("idNumber"), certificateNo);
        assertEquals(404, missed.statusCode());
        assertTrue(missed.body().contains("\"found\":false") && missed.body().contains("未查询到符合条件的证书"), missed.body());
        assertEquals("1", Remote.value(CertificateBrowserIT.class, "queries", prepared.get("id"), "FOUND", "API"));
    }

    private static HttpResponse<String> post(HttpClient http, String name, String id, String no) throws Exception {
        String form = "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&idNumber=" + id + "&certificateNo=" + no;
        return http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + "certificate-query/api"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
