package cn.zhicheng.it.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page moves of {@link PaymentAndExpertReviewBrowserIT}: 支付 and the payment platform's cashier, the office's
 * new meeting and meeting page, an expert's ballot. Client-only (the server loads the test class, which must name no
 * Selenium type); the test calls these static methods with plain strings only.
 */
final class ReviewPages {

    private static Browser browser;

    private ReviewPages() {
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

    static void snapshot(String name) {
        browser.snapshot(name);
    }

    static void loginPersonal(String username) {
        browser.loginPersonal(username);
    }

    static void loginUnit(String username) {
        browser.loginUnit(username);
    }

    static void open(String path) {
        browser.open(path);
        browser.waitForAjax();
    }

    static String text(String id) {
        return browser.text(id);
    }

    static String url() {
        return browser.currentUrl();
    }

    // ---- 支付

    /** 【支付】 on the payment page; waits for the order and its QR code. */
    static void pay() {
        browser.clickAndWait("payment:pay");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("qr-code")));
    }

    static String qrSource() {
        return browser.driver.findElement(By.id("qr-code")).getAttribute("src");
    }

    static boolean present(String css) {
        return browser.present(css);
    }

    /** 打印缴费通知书: the PDF the browser saved, once complete. */
    static byte[] downloadNotice(String orderNo) throws Exception {
        Path file = Browser.downloads().resolve("职称评审费缴费通知书-" + orderNo + ".pdf");
        Files.deleteIfExists(file);
        browser.clickId("payment:notice");
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

    /** Follows 前往支付平台缴费 (the QR code's address) to the cashier and confirms; returns the transaction number. */
    static String payAtCashier() {
        String href = browser.href("#payment\\:cashier");
        browser.driver.get(href);
        browser.waitForAjax();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cashier:confirm")));
        browser.snapshot("payment-cashier");
        browser.clickAndWait("cashier:confirm");
        return browser.text("transaction-no");
    }

    // ---- the office

    /** 专家评审 → 评审会议 → 新建评审会议. */
    static void openNewMeeting() {
        browser.clickMenu("menu-office-expert-review-meetings");
        browser.waitForUrl("/office/meetings.xhtml");
        browser.clickId("meetings:new");
        browser.waitForUrl("/office/meetings-new.xhtml");
        browser.waitForAjax();
    }

    /** Ticks the checkbox of the option whose label starts with the text, in a p:selectManyCheckbox. */
    static void tick(String checkboxesId, String labelStart) {
        By label = By.xpath("//*[@id='" + checkboxesId + "']//label[starts-with(normalize-space(.), '" + labelStart + "')]");
        browser.wait.until(d -> {
            WebElement l = d.findElement(label);
            String box = l.getAttribute("for");
            if (!d.findElement(By.id(box)).isSelected()) {
                l.click();
            }
            return d.findElement(By.id(box)).isSelected();
        });
    }

    /** 创建会议; returns the new meeting's id from the page it leads to. */
    static String createMeeting() {
        browser.clickId("meeting:create");
        browser.waitForUrl("/office/meetings-detail.xhtml");
        browser.waitForAjax();
        return browser.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    static List<String> agendaRow(int index) {
        return browser.rows("detail:agenda").get(index);
    }

    static void clickAndWait(String id) {
        browser.clickAndWait(id);
    }

    /** A button guarded by the global confirm dialog: click, then 确定. */
    static void clickConfirmed(String buttonId, String yesId) {
        browser.clickId(buttonId);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(yesId)));
        browser.clickAndWait(yesId);
    }

    static void waitForText(String css, String text) {
        browser.waitForVisibleText(css, text);
    }

    // ---- an expert

    /** 评审任务 → 进入评审 of the meeting. */
    static void openBallot(String meetingId) {
        browser.clickMenu("menu-expert-tasks");
        browser.waitForUrl("/expert/meetings.xhtml");
        browser.click("a[href*='/expert/ballot.xhtml?id=" + meetingId + "']");
        browser.waitForUrl("/expert/ballot.xhtml?id=" + meetingId);
        browser.waitForAjax();
    }

    /** Chooses the option in the applicant's row, casts it and confirms; waits for 已投票. */
    static void vote(String serialNo, String choiceLabel) {
        String row = "//tr[.//span[@class='zc-serial' and normalize-space(.)='" + serialNo + "']]";
        browser.wait.until(d -> {
            d.findElement(By.xpath(row + "//label[normalize-space(.)='" + choiceLabel + "']")).click();
            return true;
        });
        browser.wait.until(d -> {
            d.findElement(By.xpath(row + "//button[contains(@id, ':cast')]")).click();
            return true;
        });
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ballot:confirm-yes")));
        browser.clickAndWait("ballot:confirm-yes");
        browser.waitForVisibleText(".zc-voted", "已投票");
    }

    static List<List<String>> ballotRows() {
        return browser.rows("ballot:items");
    }
}
