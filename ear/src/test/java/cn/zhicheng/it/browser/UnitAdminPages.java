package cn.zhicheng.it.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser side of {@link UnitAdminBrowserIT}: 权限管理, a handler's first login, 人员管理 and its import. Kept apart
 * from the test class, which also runs inside the server (where Selenium is not deployed): plain strings only.
 */
final class UnitAdminPages {

    private static Browser browser;
    private static WebDriver driver;
    private static WebDriverWait wait;

    private UnitAdminPages() {
    }

    static void start() {
        browser = new Browser();
        driver = browser.driver;
        wait = browser.wait;
    }

    static void stop() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    static void loginUnit(String username) {
        browser.loginUnit(username);
    }

    /** What a handler chooses at the forced change of its first login. */
    static final String CHOSEN_PASSWORD = "Jingban#2026ok";

    /**
     * A handler's first login with the initial password the admin was shown: the platform opens 修改密码 first (the
     * forced change: nothing else is reachable until then), the handler chooses {@link #CHOSEN_PASSWORD} and lands on
     * the unit's home.
     */
    static void firstLogin(String username, String initialPassword) {
        browser.login("unit", username, initialPassword);
        browser.waitForUrl("/account/password.xhtml");
        browser.type("pw-currentPassword", initialPassword);
        browser.type("pw-password", CHOSEN_PASSWORD);
        browser.type("pw-confirmPassword", CHOSEN_PASSWORD);
        browser.clickId("pw-submit");
        browser.waitForUrl("/unit/index.xhtml");
    }

    /** 资格评审's search by 业务流水号 (the list's first page holds only the newest ten). */
    static void searchSerial(String serialNo) {
        browser.type("review:serial", serialNo);
        browser.clickAndWait("review:search");
    }

    static List<String> menu() {
        return browser.menu();
    }

    static void menuTo(String id, String urlPart) {
        browser.clickMenu(id);
        browser.waitForUrl(urlPart);
        browser.waitForAjax();
    }

    static void open(String path) {
        browser.open(path);
        browser.waitForAjax();
    }

    static String text(String id) {
        return browser.text(id);
    }

    static boolean present(String css) {
        return browser.present(css);
    }

    static void snapshot(String name) {
        browser.snapshot(name);
    }

    // ---- 权限管理

    /** 新增经办人 → 保存; returns the initial password the dialog shows once, after 我已记下 closed it. */
    static String createHandler(String username, String name, String idNumber) {
        browser.clickAndWait("permissions:new-handler");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-handler-form:new-username")));
        browser.type("new-handler-form:new-username", username);
        browser.type("new-handler-form:new-name", name);
        browser.type("new-handler-form:new-id-number", idNumber);
        browser.clickAndWait("new-handler-form:create");
        String password = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("initial-password"))).getText().trim();
        browser.snapshot("permissions-initial-password");
        browser.clickAndWait("password-form:password-done");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("password-dialog")));
        return password;
    }

    /** The refusal shown at a field of 新增经办人 (the dialog stays open, what was typed kept). */
    static String createHandlerRefused(String username, String name, String idNumber, String field) {
        browser.clickAndWait("permissions:new-handler");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-handler-form:new-username")));
        browser.type("new-handler-form:new-username", username);
        browser.type("new-handler-form:new-name", name);
        browser.type("new-handler-form:new-id-number", idNumber);
        browser.clickAndWait("new-handler-form:create");
        String message = wait.until(d -> {
            List<WebElement> m = d.findElements(By.cssSelector("[id='new-handler-form:" + field + "'] ~ .ui-message"));
            return m.isEmpty() || m.get(0).getText().isBlank() ? null : m.get(0).getText();
        });
        String kept = browser.value("new-handler-form:new-name");
        browser.click("#new-handler-form\\:cancel-new");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("new-handler-dialog")));
        return message + "|" + kept;
    }

    /** The row of 权限管理's table that shows this user name, as cell texts. */
    static List<String> userRow(String username) {
        return browser.rows("permissions:users").stream().filter(r -> r.size() > 1 && r.get(1).equals(username))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + username));
    }

    /** 授权 on the user's row: ticks 资格评审 in 业务授权, saves. */
    static void grantTitleReview(String username) {
        clickInRow(username, "a.zc-action-grant");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grants-for")));
        wait.until(d -> d.findElement(By.id("grants-for")).getText().contains(username));
        browser.snapshot("permissions-grants");
        browser.click("[id$='item-tree'] .zc-grant-item .ui-chkbox-box");
        wait.until(d -> d.findElement(By.cssSelector("[id$='item-tree'] .zc-grant-item .ui-chkbox-box"))
                .getAttribute("class").contains("ui-state-active"));
        browser.clickAndWait("grants-form:save-grants");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("grants-dialog")));
        wait.until(d -> userRow(username).get(6).contains("资格评审"));
    }

    private static void clickInRow(String username, String css) {
        wait.until(d -> {
            for (WebElement tr : d.findElements(By.cssSelector("[id='permissions:users_data'] > tr"))) {
                List<WebElement> cells = tr.findElements(By.cssSelector(":scope > td"));
                if (cells.size() > 1 && cells.get(1).getText().trim().equals(username)) {
                    tr.findElement(By.cssSelector(css)).click();
                    return true;
                }
            }
            return false;
        });
        browser.waitForAjax();
    }

    // ---- 人员管理

    /** 导入模板: the downloaded file. */
    static Path downloadTemplate() throws IOException {
        Path file = Browser.downloads().resolve("人员导入模板.xlsx");
        Files.deleteIfExists(file);
        browser.clickId("personnel:template");
        return awaitDownload(file);
    }

    /**
     * 导入人员 with a file: waits until the progress bar shows (the job runs), then until the import has ended, and
     * returns the counts' texts (state, total, imported, rejected).
     */
    static List<String> importFile(Path file) {
        WebElement input = wait.until(d -> d.findElement(By.cssSelector("[id='personnel:upload'] input[type='file']")));
        input.sendKeys(file.toAbsolutePath().toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personnel:import-progress")));
        browser.snapshot("personnel-import-running");
        new WebDriverWait(driver, Duration.ofSeconds(120)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElements(By.id("personnel:import-progress")).isEmpty()
                        && !d.findElements(By.id("personnel:error-report")).isEmpty());
        browser.waitForAjax();
        browser.snapshot("personnel-import-done");
        return List.of(browser.text("import-state"), browser.text("import-total"),
                browser.text("import-imported"), browser.text("import-rejected"));
    }

    static Path downloadErrorReport(String fileName) throws IOException {
        Path file = Browser.downloads().resolve(fileName);
        Files.deleteIfExists(file);
        browser.clickId("personnel:error-report");
        return awaitDownload(file);
    }

    static List<List<String>> searchPersonnel(String idNumber) {
        browser.type("personnel:id-number", idNumber);
        browser.clickAndWait("personnel:search");
        wait.until(d -> browser.rows("personnel:list").size() <= 1);
        return browser.rows("personnel:list");
    }

    /** 删除 on the first row, confirmed. */
    static void deleteFirstRow() {
        browser.click("[id='personnel:list_data'] tr:first-child a.zc-action-delete");
        browser.click(".ui-confirm-dialog .ui-confirmdialog-yes");
        browser.waitForAjax();
    }

    private static Path awaitDownload(Path file) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                return Files.exists(file) && Files.size(file) > 0
                        && !Files.exists(file.resolveSibling(file.getFileName() + ".crdownload"));
            } catch (IOException e) {
                return false;
            }
        });
        return file;
    }
}
