package cn.zhicheng.it.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The browser of {@link ApplicationFormBrowserIT} on the 申报表 ({@code /individual/form.xhtml}): list rows through the
 * row dialog, fields by the ids the page gives them ({@code <section>-<field>}), the messages next to them. Kept apart
 * so that the test class names no Selenium type. Client side only.
 */
final class FormPages extends Browser {

    static final String DIALOG = "row-dialog-content:";

    /** Anonymous again, then logged in on the personal tab; waits for the landing page. */
    void login(String username) {
        loginPersonal(username);
        wait.until(ExpectedConditions.urlContains("/individual/index.xhtml"));
    }

    /** 新增 of a list: opens the row dialog empty. */
    void addRow(String list) {
        clickAndWait(list + "-add");
        waitForDialog();
    }

    /** 编辑 of the list's row (0-based): opens the row dialog with its values. */
    void editRow(String list, int index) {
        clickAndWait(list + ":" + index + ":edit");
        waitForDialog();
    }

    /** 保存 in the row dialog; waits until the dialog has closed. */
    void saveRow() {
        clickAndWait(DIALOG + "row-save");
        String refused = wait.until(d -> {
            List<WebElement> message = d.findElements(By.cssSelector("#row-dialog .zc-field-error, #row-dialog .ui-message-error"));
            String shown = message.stream().filter(WebElement::isDisplayed).map(WebElement::getText)
                    .filter(t -> !t.isBlank()).reduce((a, b) -> a + "；" + b).orElse(null);
            if (shown != null) {
                return shown;
            }
            return d.findElement(By.id("row-dialog")).isDisplayed() ? null : "";
        });
        if (!refused.isEmpty()) {
            snapshot("row-refused");
            throw new AssertionError("the row was refused: " + refused);
        }
    }

    /** Types into a field of the row dialog ({@code educations-school}). */
    void dialogType(String field, String text) {
        type(DIALOG + field, text);
    }

    void dialogDate(String field, String isoDate) {
        setDate(DIALOG + field, isoDate);
        // the picker's panel must not stay over the dialog's buttons
        ((JavascriptExecutor) driver).executeScript("var w = PrimeFaces.getWidgetById(arguments[0]);"
                + " if (w && w.hide) { w.hide(); }", DIALOG + field);
        click("#row-dialog_title");
    }

    /** Picks the first real choice of a select of the row dialog. */
    void dialogFirst(String field) {
        chooseFirst(DIALOG + field);
    }

    /** 是 (true) or 否 of a yes-no field. */
    void yesNo(String clientId, boolean yes) {
        String boxes = "#" + clientId.replace(":", "\\:") + " .ui-radiobutton-box";
        wait.until(d -> {
            d.findElements(By.cssSelector(boxes)).get(yes ? 0 : 1).click();
            return true;
        });
    }

    /** Picks the first option after 请选择 of a p:selectOneMenu. */
    void chooseFirst(String menuId) {
        String items = "#" + menuId.replace(":", "\\:") + "_items li";
        wait.until(d -> {
            try {
                List<WebElement> options = d.findElements(By.cssSelector(items));
                if (options.size() > 1 && options.get(1).isDisplayed()) {
                    options.get(1).click();
                    return true;
                }
                d.findElement(By.id(menuId)).click();
                return false;
            } catch (WebDriverException stillMoving) {
                return false;
            }
        });
        waitForAjax();
        wait.until(d -> !d.findElement(By.id(menuId + "_label")).getText().contains("请选择"));
    }

    /** The message shown next to a field ({@code <id>-error}), empty when there is none. */
    String errorOf(String id) {
        List<WebElement> found = driver.findElements(By.id(id + "-error"));
        return found.isEmpty() ? "" : found.get(0).getText().trim();
    }

    /** Every message shown next to a field, in page order. */
    List<String> fieldErrors() {
        return driver.findElements(By.cssSelector(".zc-field-error")).stream().map(WebElement::getText)
                .map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    /** Whether the first field message is inside the viewport (scrolled into view after 提交). */
    boolean firstErrorInView() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var e = document.querySelector('.zc-field-error'); if (!e) return false;"
                        + " var r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;"));
    }

    /** 提交 (or 重新提交): waits for the answer, a new page (accepted) or the messages (refused). */
    void submit() {
        clickAndWait("submit");
    }

    private void waitForDialog() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("row-dialog")));
        waitForAjax();
    }
}
