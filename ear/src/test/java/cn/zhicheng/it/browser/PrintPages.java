package cn.zhicheng.it.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** 报表打印 in the browser: the page of an application's forms, a form downloaded and read back. */
final class PrintPages {

    private static Browser browser;

    private PrintPages() {
    }

    static void start() {
        browser = new Browser();
    }

    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    static void loginPersonal(String username) {
        browser.loginPersonal(username);
    }

    static void loginUnit(String username) {
        browser.loginUnit(username);
    }

    /** Opens /common/print.xhtml?id= and answers the names of the forms listed (empty: none, e.g. not found). */
    static List<String> openPrintPage(long applicationId) {
        browser.open("common/print.xhtml?id=" + applicationId);
        browser.wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("forms-panel")),
                ExpectedConditions.visibilityOfElementLocated(By.id("not-found"))));
        return browser.texts("#forms tbody tr td:nth-child(2)");
    }

    static String notFoundMessage() {
        return browser.present("#not-found-message") ? browser.text("not-found-message") : null;
    }

    /** Follows the 报表打印 link of the form and answers the PDF the browser saved under that name, once complete. */
    static byte[] download(String form, String fileName) throws Exception {
        Path file = Browser.downloads().resolve(fileName);
        Files.deleteIfExists(file);
        WebElement link = browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("a.zc-print-link[href*='form=" + form + "']")));
        link.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> Files.exists(file) && !partial());
        return Files.readAllBytes(file);
    }

    /** 打印评前公示名单: the rows found for the applicant, the first one ticked, the notice filled, the list downloaded. */
    static byte[] printPublicityList(String applicant, String department, String contact) throws Exception {
        browser.open("unit/publicity-list.xhtml?stage=pre");
        browser.type("plist:applicant", applicant);
        browser.clickAndWait("plist:search");
        browser.wait.until(d -> d.findElements(By.cssSelector("#plist\\:candidates_data tr")).size() == 1
                && d.findElement(By.cssSelector("#plist\\:candidates_data tr")).getText().contains(applicant));
        browser.click("#plist\\:candidates_data tr td.ui-selection-column .ui-chkbox-box");
        browser.waitForAjax();
        browser.clickAndWait("plist:open");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plist:notice-dialog")));
        browser.snapshot("publicity-list-notice");
        browser.wait.until(d -> "1".equals(d.findElement(By.id("plist:selected-count")).getText().trim()));
        browser.type("plist:department", department);
        browser.type("plist:contact", contact);
        try (Stream<Path> old = Files.list(Browser.downloads())) {
            for (Path p : old.filter(PrintPages::isList).toList()) {
                Files.deleteIfExists(p);
            }
        }
        browser.clickId("plist:print");
        Path[] file = new Path[1];
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> {
            try (Stream<Path> files = Files.list(Browser.downloads())) {
                file[0] = files.filter(PrintPages::isList).findFirst().orElse(null);
            } catch (Exception e) {
                return false;
            }
            return file[0] != null && !partial();
        });
        return Files.readAllBytes(file[0]);
    }

    /** The 打印状态 shown for the first row after filtering by 已打印. */
    static String printedStatus(String applicant) {
        browser.open("unit/publicity-list.xhtml?stage=pre");
        browser.type("plist:applicant", applicant);
        browser.choose("plist:printed", "已打印");
        browser.clickAndWait("plist:search");
        browser.wait.until(d -> d.findElement(By.cssSelector("#plist\\:candidates_data tr")).getText().contains(applicant));
        return browser.driver.findElement(By.cssSelector("#plist\\:candidates_data tr .zc-print-status")).getText();
    }

    private static boolean isList(Path p) {
        return p.getFileName().toString().endsWith("公示名单.pdf");
    }

    /** The HTTP status the browser's session gets for an address (a direct URL, e.g. a form out of scope). */
    static long status(String path) {
        Object status = ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status), () => done(-1));",
                browser.url(path));
        return ((Number) status).longValue();
    }

    private static boolean partial() {
        try (Stream<Path> files = Files.list(Browser.downloads())) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
        } catch (Exception e) {
            return true;
        }
    }
}
