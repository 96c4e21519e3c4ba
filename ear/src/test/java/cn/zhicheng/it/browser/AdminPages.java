package cn.zhicheng.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser side of the admin browser tests: one headless Chromium per test class and the admin's pages. Client
 * only: the tests (whose classes the server also loads) call these static methods with plain strings only.
 */
final class AdminPages {

    private static Browser browser;

    private AdminPages() {
    }

    static void start(String unitUser) {
        browser = new Browser();
        browser.loginUnit(unitUser);
    }

    static void stop() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    static Browser browser() {
        return browser;
    }

    // ---- 批处理作业

    static void openBatchConsole() {
        browser.clickMenu("menu-admin-batch");
        browser.waitForVisibleText("h1.zc-title", "批处理作业");
        browser.waitForAjax();
    }

    /** 启动作业 with parameter lines; returns the message shown at the top. */
    static String startJob(String job, String parameters) {
        browser.clickId("batch:open-start");
        browser.wait.until(d -> d.findElement(By.id("batch:start-dialog")).isDisplayed());
        browser.choose("batch:start-job", job);
        browser.type("batch:start-parameters", parameters);
        browser.clickAndWait("batch:start");
        return waitForMessage("batch", "执行编号");
    }

    /** The status (the batch status name) and the progress text of the execution's row. */
    static String status(String executionId) {
        return row(executionId).findElement(By.cssSelector(".zc-batch-status")).getAttribute("data-status");
    }

    static int percent(String executionId) {
        List<WebElement> bar = row(executionId).findElements(By.cssSelector(".zc-percent"));
        return bar.isEmpty() ? -1 : Integer.parseInt(bar.get(0).getAttribute("data-percent"));
    }

    /** Waits (polling page, bounded) until the row of the execution shows the status. */
    static void waitForStatus(String executionId, String status, Duration max) {
        try {
            new WebDriverWait(browser.driver, max).ignoring(RuntimeException.class)
                    .until(d -> status.equals(status(executionId)));
        } catch (RuntimeException timeout) {
            browser.snapshot("batch-console-timeout-" + executionId);
            throw new IllegalStateException("execution " + executionId + " never showed " + status + "; the table: "
                    + browser.rows("batch:executions") + ", poll present: " + browser.present("[id='batch:poll']"),
                    timeout);
        }
    }

    /** Waits until the running execution's bar shows some progress but not all; returns the percent seen. */
    static int waitForPartialProgress(String executionId, Duration max) {
        return new WebDriverWait(browser.driver, max).ignoring(RuntimeException.class).until(d -> {
            int p = percent(executionId);
            return p > 0 && p < 100 ? p : null;
        });
    }

    static void rowAction(String executionId, String action, boolean confirm) {
        browser.wait.until(d -> {
            row(executionId).findElement(By.cssSelector("button[id$=':" + action + "']")).click();
            return true;
        });
        if (confirm) {
            browser.clickId("batch:confirm-yes");
        }
        browser.waitForAjax();
    }

    /** Waits until the top messages (of this form) show a text containing {@code part}; returns the whole text. */
    static String waitForMessage(String form, String part) {
        return browser.wait.until(d -> {
            String text = d.findElement(By.id(form + ":messages")).getText();
            return text.contains(part) ? text : null;
        });
    }

    static List<String> scheduledRows() {
        return browser.rows("batch:scheduled").stream().map(r -> String.join(" | ", r)).toList();
    }

    static void snapshot(String name) {
        browser.snapshot(name);
    }

    // ---- 基础数据 and 账户管理

    static void open(String menuId, String title) {
        browser.clickMenu(menuId);
        browser.waitForVisibleText("h1.zc-title", title);
        browser.waitForAjax();
    }

    static void tab(String tabId) {
        browser.click("a[href$='" + tabId + "']");
        browser.waitForAjax();
    }

    /** Clicks a button of the row of a table whose first cell (the id) is {@code key}. */
    static void rowButton(String tableId, String key, String button) {
        browser.wait.until(d -> {
            WebElement row = d.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr")).stream()
                    .filter(tr -> tr.findElement(By.cssSelector("td")).getText().trim().equals(key)).findFirst()
                    .orElseThrow();
            row.findElement(By.cssSelector("button[id$=':" + button + "']")).click();
            return true;
        });
        browser.waitForAjax();
    }

    static void waitForDialog(String dialogId) {
        browser.wait.until(d -> d.findElement(By.id(dialogId)).isDisplayed());
    }

    static void waitForDialogClosed(String dialogId) {
        browser.wait.until(d -> !d.findElement(By.id(dialogId)).isDisplayed());
    }

    static void type(String id, String text) {
        browser.type(id, text);
    }

    static String value(String id) {
        return browser.value(id);
    }

    static void click(String id) {
        browser.clickAndWait(id);
    }

    static void choose(String id, String label) {
        browser.choose(id, label);
    }

    static String waitForText(String id) {
        return browser.waitForText(id);
    }

    static boolean present(String css) {
        return browser.present(css);
    }

    static void setDateTime(String id, String text) {
        WebElement input = browser.wait.until(d -> d.findElement(By.id(id + "_input")));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].value = arguments[1];", input, text);
    }

    /** Clicks an export button and reads the .xlsx the browser saved (the newest whose name starts so). */
    static List<List<String>> download(String buttonId, String namePrefix) {
        return browser.downloadXlsx(buttonId, namePrefix);
    }

    private static WebElement row(String executionId) {
        return browser.driver.findElements(By.cssSelector("[id='batch:executions_data'] > tr")).stream()
                .filter(tr -> !tr.findElements(By.cssSelector(".zc-execution-id")).isEmpty()
                        && executionId.equals(tr.findElement(By.cssSelector(".zc-execution-id")).getText().trim()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no row for execution " + executionId));
    }
}
