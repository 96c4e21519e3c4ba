package cn.zhicheng.it.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The page moves of {@link OfficeAuditBrowserIT}: the office's work list and audit page (一次性告知, the changes since
 * the return, 批量通过), the applicant's 查看, the bureau's 受理 → 审核 → 审批. Client-only: plain strings in and out.
 */
final class OfficePages {

    private static Browser browser;

    private OfficePages() {
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

    static List<String> texts(String css) {
        return browser.texts(css);
    }

    static List<List<String>> rows(String tableId) {
        return browser.rows(tableId);
    }

    /** A left-menu entry, then the page it leads to. */
    static void menu(String id, String urlPart) {
        browser.clickMenu(id);
        browser.waitForUrl(urlPart);
        browser.waitForAjax();
    }

    /** The count on the stage bar for a state. */
    static String stageCount(String state) {
        return browser.driver.findElement(By.cssSelector(".zc-stage-count[data-stage='" + state + "']")).getText().trim();
    }

    /** Searches the list by serial number. */
    /** Clicks an export button and reads the saved .xlsx back (see {@link Browser#downloadXlsx}). */
    static java.util.List<java.util.List<String>> download(String buttonId, String namePrefix) {
        return browser.downloadXlsx(buttonId, namePrefix);
    }

    static void searchSerial(String form, String serialNo) {
        browser.type(form + ":serial", serialNo);
        browser.clickAndWait(form + ":search");
    }

    /** Follows the row action (audit) of the row with the serial number. */
    static void openRowAction(String serialNo) {
        By link = By.xpath("//tr[td[normalize-space(.)='" + serialNo + "']]//a[contains(@class,'zc-action-audit')]");
        browser.wait.until(d -> {
            d.findElement(link).click();
            return true;
        });
        browser.waitForAjax();
    }

    /** Chooses an option of a p:selectOneRadio by its label (the change updates parts of the page). */
    static void chooseRadio(String radioId, String label) {
        By option = By.xpath("//*[@id='" + radioId + "']//label[normalize-space(.)='" + label + "']");
        browser.wait.until(d -> {
            d.findElement(option).click();
            return true;
        });
        browser.waitForAjax();
    }

    /** Ticks the line of 一次性告知 with the label and types its note. */
    static void tickItem(String label, String note) {
        String row = "//tr[.//span[contains(@class,'zc-item-label') and normalize-space(.)='" + label + "']]";
        browser.wait.until(d -> {
            WebElement box = d.findElement(By.xpath(row + "//div[contains(@class,'ui-chkbox-box')]"));
            if (!box.getAttribute("class").contains("ui-state-active")) {
                box.click();
            }
            return d.findElement(By.xpath(row + "//div[contains(@class,'ui-chkbox-box')]"))
                    .getAttribute("class").contains("ui-state-active");
        });
        WebElement input = browser.driver.findElement(By.xpath(row + "//input[contains(@id,':note')]"));
        input.clear();
        input.sendKeys(note);
    }

    static void type(String id, String text) {
        browser.type(id, text);
    }

    static void clickAndWait(String id) {
        browser.clickAndWait(id);
    }

    /** Clicks a button whose action redirects, and waits for the page it leads to. */
    static void clickAndWaitFor(String id, String urlPart) {
        browser.markPage();
        browser.clickId(id);
        browser.waitForNewPage();
        browser.waitForUrl(urlPart);
        browser.waitForAjax();
    }

    /** Ticks the selection box of the list's row with the serial number. */
    static void selectRow(String serialNo) {
        String box = "//tr[td[normalize-space(.)='" + serialNo + "']]//div[contains(@class,'ui-chkbox-box')]";
        browser.wait.until(d -> {
            WebElement b = d.findElement(By.xpath(box));
            if (!b.getAttribute("class").contains("ui-state-active")) {
                b.click();
            }
            return d.findElement(By.xpath(box)).getAttribute("class").contains("ui-state-active");
        });
        browser.waitForAjax();
    }

    static void waitVisible(String id) {
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    static String waitForText(String id) {
        return browser.waitForText(id);
    }

    static void waitForVisibleText(String css, String text) {
        browser.waitForVisibleText(css, text);
    }
}
