package cn.zhicheng.it.browser;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * The pages of 人社公示, 制证, 查看's certificate and 证书查询, for {@code CertificateBrowserIT}. Client-only (the server
 * loads the test class, which must name no Selenium type); plain strings in and out.
 */
final class CertificatePages {

    private static Browser browser;

    private CertificatePages() {
    }

    static void start() {
        browser = new Browser();
    }

    /** Drives the journey's one browser instead of a browser of its own (for a whole-journey class). */
    static void share(Browser shared) {
        browser = shared;
    }

    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    static Browser browser() {
        return browser;
    }

    /** The row index of the serial number in a lazy table (its first column). */
    static int rowOf(String tableId, String serialNo) {
        List<List<String>> rows = browser.rows(tableId);
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isEmpty() && rows.get(i).get(0).equals(serialNo)) {
                return i;
            }
        }
        throw new AssertionError(serialNo + " not in " + tableId + ": " + rows);
    }

    /** On 人社公示: opens the row's dialog and records the dates with 无异议; returns the message next to the dates. */
    static void recordPublicity(String serialNo, String start, String end) {
        int row = rowOf("publicity-list:rows", serialNo);
        browser.clickAndWait("publicity-list:rows:" + row + ":record");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("publicity-dialog-form:start_input")));
        browser.setDate("publicity-dialog-form:start", start);
        browser.setDate("publicity-dialog-form:end", end);
        browser.wait.until(d -> !d.findElement(By.id("publicity-dialog-form:text")).getAttribute("value").isBlank());
        browser.clickAndWait("publicity-dialog-form:submit");
    }

    static String datesMessage() {
        return browser.waitForText("publicity-dialog-form:end-message");
    }

    /** On 制证: the row's 制证, confirmed. */
    static void issue(String serialNo) {
        int row = rowOf("certificates:pending", serialNo);
        browser.clickId("certificates:pending:" + row + ":issue");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificates:confirm-yes")));
        browser.clickAndWait("certificates:confirm-yes");
    }

    /** 下载电子证书 on 查看: the downloaded PDF's bytes. */
    static byte[] downloadCertificate(String certificateNo) throws Exception {
        Path file = Browser.downloads().resolve("专业技术资格电子证书-" + certificateNo + ".pdf");
        Files.deleteIfExists(file);
        browser.clickId("certificate-download");
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> Files.exists(file) && !partial());
        return Files.readAllBytes(file);
    }

    private static boolean partial() {
        try (Stream<Path> files = Files.list(Browser.downloads())) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
        } catch (Exception e) {
            return true;
        }
    }

    /** The QR code on the PDF's first page, rendered by pdftoppm and read with ZXing. */
    static String qrCodeOf(byte[] pdf) throws Exception {
        Path dir = Files.createTempDirectory(Browser.downloads(), "qr");
        Path file = dir.resolve("certificate.pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftoppm", "-r", "150", "-png", "-singlefile", file.toString(),
                dir.resolve("page").toString()).redirectErrorStream(true).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("pdftoppm failed: " + new String(p.getInputStream().readAllBytes()));
        }
        BufferedImage page = ImageIO.read(dir.resolve("page.png").toFile());
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    /** On 证书查询 (already open, the number perhaps filled in from the QR code's link): types and queries. */
    static void query(String name, String idNumber, String certificateNo) {
        browser.type("query:name", name);
        browser.type("query:idNumber", idNumber);
        if (certificateNo != null) {
            browser.type("query:certificateNo", certificateNo);
        }
        browser.clickAndWait("query:submit");
    }
}
