package cn.zhicheng.it.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser side of {@link UnitReviewBrowserIT}: one headless Chromium for the class and the unit's pages.
 * Kept apart from the test class, which also runs inside the server (where Selenium is not deployed): the test
 * calls these static methods with plain strings only.
 */
final class UnitReviewPages {

    private static Browser browser;
    private static WebDriver driver;
    private static WebDriverWait wait;

    private UnitReviewPages() {
    }

    static void start() {
        if (browser != null) {
            return;
        }
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

    /** Forgets the journey's browser once that class quit it, so that the next class starts a browser of its own. */
    static void unshare() {
        browser = null;
        driver = null;
        wait = null;
    }

    /** Drives the journey's one browser instead of a browser of its own (for a whole-journey class). */
    static void share(Browser shared) {
        browser = shared;
        driver = shared.driver;
        wait = shared.wait;
    }

    /** Logs in on the 单位登录 tab (once) and opens 资格评审 from the left menu. */
    static void openReviewFromMenu(String username) {
        if (driver.findElements(By.id("welcome")).isEmpty()) {
            browser.loginUnit(username);
        }
        wait.until(d -> {
            d.findElement(By.cssSelector("#menu-unit-items-professional-review a")).click();
            return true;
        });
        wait.until(ExpectedConditions.urlContains("/unit/review.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stage-bar")));
    }

    /** The count the stage bar shows for a state (or "all" for 办理数量). */
    static long stageCount(String state) {
        By by = "all".equals(state) ? By.id("count-all") : By.cssSelector(".zc-stage-count[data-stage='" + state + "']");
        return Long.parseLong(wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText().trim());
    }

    static void clickStage(String state) {
        markPage();
        driver.findElement(By.cssSelector(".zc-stage-" + state)).click();
        waitForAjax();
        wait.until(ExpectedConditions.attributeContains(By.cssSelector(".zc-stage-" + state), "class", "zc-stage-chosen"));
    }

    /** The texts of one column of the list (0-based index). */
    static List<String> column(int index) {
        return driver.findElements(By.cssSelector("#review\\:list_data tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")))
                .filter(tds -> tds.size() > index)
                .map(tds -> tds.get(index).getText().trim()).toList();
    }

    /** The links of the first row's 操作 cell: their texts and targets. */
    static List<String> rowLinks() {
        return driver.findElements(By.cssSelector("#review\\:list_data tr:first-child td.zc-row-actions a")).stream()
                .map(a -> a.getText().trim() + " " + a.getAttribute("href")).toList();
    }

    static void searchApplicant(String applicant) {
        WebElement input = driver.findElement(By.id("review:applicant"));
        input.clear();
        input.sendKeys(applicant);
        driver.findElement(By.id("review:search")).click();
        waitForAjax();
        wait.until(d -> column(3).size() == 1);
    }

    /** Follows the first row's action link (e.g. zc-action-audit) and waits for the page. */
    static void rowAction(String actionClass, String page) {
        wait.until(d -> {
            d.findElement(By.cssSelector("#review\\:list_data a." + actionClass)).click();
            return true;
        });
        wait.until(ExpectedConditions.urlContains(page));
    }

    static String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
    }

    static String value(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getAttribute("value");
    }

    static void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Sets a p:datePicker's date through its widget and fires its change behaviour, as choosing the day does:
     * typing into the picker raced its own overlay and the other date's ajax update (a flaky test, not a user's
     * problem).
     */
    static void typeDate(String id, String isoDate) {
        browser.setDate(id, isoDate);
    }

    /** Waits until an input's value contains the text (e.g. after an ajax update). */
    static String waitForValue(String id, String part) {
        return wait.until(d -> {
            String v = d.findElement(By.id(id)).getAttribute("value");
            return v != null && v.contains(part) ? v : null;
        });
    }

    /** 新增 an appraisal row through the dialog. */
    static void addAppraisal(String year, String result) {
        click("audit:add-appraisal");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appraisal-dialog")));
        fillAppraisalDialog(year, result);
    }

    /** 编辑 the row at the index through the dialog. */
    static void editAppraisal(int row, String year, String result) {
        click("audit:appraisals-table:" + row + ":edit-appraisal");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appraisal-dialog")));
        fillAppraisalDialog(year, result);
    }

    static void deleteAppraisal(int row) {
        int before = appraisalRows().size();
        click("audit:appraisals-table:" + row + ":delete-appraisal");
        wait.until(d -> appraisalRows().size() == before - 1 || before == 1 && appraisalRows().isEmpty());
    }

    private static void fillAppraisalDialog(String year, String result) {
        WebElement yearInput = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appraisal-form:appraisal-year_input")));
        yearInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        yearInput.sendKeys(year);
        choose("appraisal-form:appraisal-result", result);
        markPage();
        click("appraisal-form:save-appraisal");
        waitForAjax();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("appraisal-dialog")));
        wait.until(d -> appraisalRows().stream().anyMatch(r -> r.startsWith(year) && r.contains(result)));
    }

    /** The rows of 单位年度考核情况 as "year result" texts. */
    static List<String> appraisalRows() {
        return driver.findElements(By.cssSelector("#audit\\:appraisals-table_data tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")))
                .filter(tds -> tds.size() >= 2)
                .map(tds -> tds.get(0).getText().trim() + " " + tds.get(1).getText().trim()).toList();
    }

    /**
     * Picks an option of a p:selectOneMenu by its label: opens the panel, clicks the option once it is shown, and
     * tries again (bounded by the wait) while the panel's opening animation swallows the click.
     */
    static void choose(String menuId, String label) {
        browser.choose(menuId, label);
    }

    /** Clicks, retrying while an overlay (a closing menu or dialog) still covers the element. */
    static void click(String id) {
        browser.clickId(id);
    }

    /** Clicks a button that answers with an ajax update and waits for it. */
    static void clickAndWait(String id) {
        markPage();
        click(id);
        waitForAjax();
    }

    /**
     * Uploads the unit's signed form of the page (单位承诺书, 公示情况表: a small PDF made here) and waits
     * until the page shows it uploaded.
     */
    static void uploadUnitMaterial(String name) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile(java.nio.file.Files.createDirectories(
                    java.nio.file.Path.of(System.getProperty("zc.build.dir", "target"))), "unit-", ".pdf");
            java.nio.file.Files.writeString(file, "%PDF-1.4\n% " + name + "\n%%EOF\n");
            wait.until(d -> d.findElement(By.cssSelector("[id='unit-materials:upload'] input[type='file']")))
                    .sendKeys(file.toAbsolutePath().toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        wait.until(d -> d.findElement(By.id("unit-materials:status")).getText().contains("已上传:1"));
        waitForAjax();
    }

    /** The text of a message element (a field's p:message), once it has one. */
    static String messageFor(String messageId) {
        return browser.waitForText(messageId);
    }

    static String globalMessages(String id) {
        return browser.waitForText(id);
    }

    static String url() {
        return driver.getCurrentUrl();
    }

    static void waitForUrl(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    /** Marks the document; {@link #waitForAjax} then waits for PrimeFaces' queue to be empty. */
    private static void markPage() {
        browser.markPage();
    }

    static void waitForAjax() {
        browser.waitForAjax();
    }

    /** Keeps a picture of the page under target/screenshots/. */
    static void snapshot(String name) {
        browser.snapshot(name);
    }
}
