package cn.zhicheng.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import cn.zhicheng.application.ApplicantService;
import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.Forms;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;
import cn.zhicheng.it.support.remote.Remote;

/**
 * The 附件 page and 我的资料库 in a real browser (issue 6): from 我的事项's 材料 link, the applicant uploads the photo
 * and a PDF; an oversize photo, a second photo and a renamed non-PDF are refused with a clear message next to the
 * material; a file of the library (from the applicant's other application) is reused by 共享上传 without a second
 * copy; 查看 serves an attachment typed from its content; an attachment and an unused library file are deleted.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MaterialsBrowserIT {

    private static Map<String, String> prepared;
    private static Path files;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithKit(MaterialsBrowserIT.class);
    }

    @BeforeAll
    static void prepare() throws IOException {
        prepared = Remote.call(MaterialsBrowserIT.class, "twoDraftsOfOneApplicant");
        files = Files.createTempDirectory(Files.createDirectories(Path.of(System.getProperty("zc.build.dir", "target"))),
                "materials-");
        MaterialsPages.start();
    }

    @AfterAll
    static void stop() {
        MaterialsPages.stop();
    }

    // ---- inside the server

    /**
     * A fresh applicant (demo password) with a complete draft of 档案 whose materials are uploaded (so the library
     * holds its photo and its PDF), and a draft of 交通 with the form filled and the unit chosen but no material.
     */
    static Map<String, String> twoDraftsOfOneApplicant() throws Exception {
        Fixtures.Applicant who = Fixtures.applicantOf(Fixtures.JT_ORG_CODE);
        Journey.Case other = Journey.draft(who, Forms.ARCHIVIST);
        ApplicantService applications = Journey.applications();
        long id = Users.as(who.username(), () -> {
            ApplicationSummary draft = applications.startDraft();
            long version = Journey.fill(draft.id(), draft.version(), Forms.valid(who, Forms.ENGINEER_TRAFFIC,
                    Fixtures.JT_NAME));
            applications.sendTo(draft.id(), version, Fixtures.unitId(Fixtures.JT_ORG_CODE));
            return draft.id();
        });
        Db.update("UPDATE user_account SET password_hash = (SELECT password_hash FROM user_account WHERE username = "
                + "'zhangsan') WHERE username = ?", who.username());
        Map<String, String> p = new HashMap<>();
        p.put("id", Long.toString(id));
        p.put("other", Long.toString(other.id()));
        p.put("user", who.username());
        p.put("person", Long.toString(who.personId()));
        return p;
    }

    /**
     * The commitment reused from the library, as counts: attachments of the other application's commitment on the
     * same library file, copies of the bytes, the applicant's library files of the content (the client expects 1/1/1).
     */
    static String sharedCounts(String id, String other) {
        Object[] row = Db.rows("SELECT library_file_id, sha256 FROM material_file WHERE application_id = ? "
                + "AND material_kind = 'PERSONAL_COMMITMENT'", Long.parseLong(id)).get(0);
        long library = ((Number) row[0]).longValue();
        String sha = (String) row[1];
        return Db.count("SELECT COUNT(*) FROM material_file WHERE application_id = ? AND library_file_id = ? "
                + "AND material_kind = 'PERSONAL_COMMITMENT'", Long.parseLong(other), library)
                + "/" + Db.count("SELECT COUNT(*) FROM material_content WHERE sha256 = ?", sha)
                + "/" + Db.count("SELECT COUNT(*) FROM library_file WHERE sha256 = ? AND owner_person_id = "
                + "(SELECT applicant_id FROM application WHERE id = ?)", sha, Long.parseLong(id));
    }

    static String attachments(String id, String kind) {
        return Long.toString(Db.count("SELECT COUNT(*) FROM material_file WHERE application_id = ? AND material_kind = ?",
                Long.parseLong(id), kind));
    }

    // ---- in the browser

    private static Path file(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }

    private static byte[] jpeg(int size) {
        return Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'},
                size);
    }

    private static byte[] pdf(String marker) {
        return ("%PDF-1.4\n% " + marker + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    @Order(1)
    void theMaterialsLinkOfMyItemsOpensTheChecklist() {
        Browser browser = MaterialsPages.browser;
        browser.loginPersonal(prepared.get("user"));
        browser.open("individual/items.xhtml?tab=DRAFTS");
        browser.click("a[id$=':materials'][href*='id=" + prepared.get("id") + "']");
        browser.waitForUrl("/individual/materials.xhtml", "id=" + prepared.get("id"));
        assertEquals("暂未上传", MaterialsPages.status("PHOTO"));
        assertEquals("是", MaterialsPages.required("PHOTO"));
        assertEquals("否", MaterialsPages.required("CERTIFICATES"));
        assertEquals("视情况", MaterialsPages.required("EXCEPTIONAL_RECOMMENDATION"));
        assertTrue(browser.text("materials:missing").contains("照片"), browser.text("materials:missing"));
        assertTrue(browser.href("a[id='materials:print']").contains("/common/print.xhtml?id=" + prepared.get("id")));
    }

    @Test
    @Order(2)
    void thePhotoAndAPdfAreUploadedAndTheWrongFilesRefusedWithAClearMessage() throws IOException {
        String oversize = MaterialsPages.upload("PHOTO", file("大照片.jpg", jpeg(60 * 1024)));
        assertTrue(oversize.contains("照片") && oversize.contains("50K"), oversize);
        assertEquals("暂未上传", MaterialsPages.status("PHOTO"));

        assertEquals("", MaterialsPages.upload("PHOTO", file("照片.jpg", jpeg(20 * 1024))));
        assertEquals("已上传:1", MaterialsPages.status("PHOTO"));
        assertEquals(List.of("照片.jpg"), MaterialsPages.fileNames("PHOTO"));

        String second = MaterialsPages.upload("PHOTO", file("第二张.jpg", jpeg(10 * 1024)));
        assertTrue(second.contains("只能上传一个文件"), second);
        assertEquals("已上传:1", MaterialsPages.status("PHOTO"));

        String renamed = MaterialsPages.upload("EDUCATION_PROOF", file("学历.pdf", jpeg(5 * 1024)));
        assertTrue(renamed.contains("PDF") && renamed.contains("JPG图片"), renamed);
        assertEquals("暂未上传", MaterialsPages.status("EDUCATION_PROOF"));

        assertEquals("", MaterialsPages.upload("EDUCATION_PROOF", file("学位证书.pdf", pdf("degree-" + prepared.get("id")))));
        assertEquals("已上传:1", MaterialsPages.status("EDUCATION_PROOF"));
        assertEquals("1", Remote.value(MaterialsBrowserIT.class, "attachments", prepared.get("id"), "PHOTO"));
    }

    @Test
    @Order(3)
    void aLibraryFileIsReusedByShareUploadWithoutASecondCopy() {
        // the other application's commitment (Journey's sample PDF, named 承诺书.pdf)
        MaterialsPages.share("PERSONAL_COMMITMENT", "承诺书.pdf");
        assertEquals("已上传:1", MaterialsPages.status("PERSONAL_COMMITMENT"));
        assertEquals("1/1/1", Remote.value(MaterialsBrowserIT.class, "sharedCounts", prepared.get("id"),
                prepared.get("other")), "the other application's file, one copy of the bytes, one library file");
        assertFalse(MaterialsPages.browser.present("#materials\\:missing"), "every required material is there");
        MaterialsPages.browser.snapshot("materials-page");
    }

    @Test
    @Order(4)
    void viewServesAnAttachmentTypedFromItsContent() {
        String answer = MaterialsPages.fetch(MaterialsPages.viewHref("PHOTO"));
        String[] parts = answer.split("\\|");
        assertEquals("200", parts[0], answer);
        assertEquals("image/jpeg", parts[1], answer);
        assertTrue(parts[2].startsWith("attachment"), answer);
        assertEquals(Integer.toString(20 * 1024), parts[3], answer);
    }

    @Test
    @Order(5)
    void anAttachmentIsDeletedAndThenItsUnusedLibraryFile() {
        MaterialsPages.delete("EDUCATION_PROOF", "学位证书.pdf");
        assertEquals("暂未上传", MaterialsPages.status("EDUCATION_PROOF"));
        assertEquals("0", Remote.value(MaterialsBrowserIT.class, "attachments", prepared.get("id"), "EDUCATION_PROOF"));

        Browser browser = MaterialsPages.browser;
        browser.open("individual/library.xhtml");
        browser.wait.until(d -> d.findElements(By.cssSelector("tr.zc-library-row")).stream()
                .anyMatch(tr -> tr.getText().contains("学位证书.pdf")));
        List<String> names = browser.texts("tr.zc-library-row .zc-file-name");
        assertTrue(names.containsAll(List.of("学位证书.pdf", "照片.jpg", "承诺书.pdf")), names.toString());
        // a file still in use offers no 删除; the unused one does
        browser.driver.findElements(By.cssSelector("tr.zc-library-row")).stream()
                .filter(tr -> tr.getText().contains("学位证书.pdf")).findFirst().orElseThrow()
                .findElement(By.cssSelector("a.zc-file-delete")).click();
        browser.click("button[id$='confirm-yes']");
        browser.waitForAjax();
        browser.wait.until(d -> !browser.texts("tr.zc-library-row .zc-file-name").contains("学位证书.pdf"));
        assertTrue(browser.driver.findElements(By.cssSelector("tr.zc-library-row")).stream()
                .filter(tr -> tr.getText().contains("照片.jpg"))
                .allMatch(tr -> tr.findElements(By.cssSelector("a.zc-file-delete")).isEmpty()));
    }
}
