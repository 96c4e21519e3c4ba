package cn.zhicheng.it.browser;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page moves of the 附件 page and 我的资料库, on the one {@link Browser}. */
final class MaterialsPages {

    static Browser browser;

    private MaterialsPages() {
    }

    static void start() {
        browser = new Browser();
    }

    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static String row(String kind) {
        return "tr.zc-material-" + kind;
    }

    /** 上传情况 of a material's row: 暂未上传 / 已上传:N. */
    static String status(String kind) {
        return browser.wait.until(d -> d.findElement(By.cssSelector(row(kind) + " .zc-material-status"))).getText().trim();
    }

    /** 是否必传 of a row. */
    static String required(String kind) {
        return browser.wait.until(d -> d.findElement(By.cssSelector(row(kind) + " td:nth-child(3)"))).getText().trim();
    }

    static List<String> fileNames(String kind) {
        return browser.texts(row(kind) + " .zc-file-name");
    }

    /** 本地上传 of a file into a row; waits for the page's answer and returns the row's message (empty when none). */
    static String upload(String kind, Path file) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "var r = document.querySelector(arguments[0]); if (r) r.zcOld = true;", row(kind));
        WebElement input = browser.wait.until(d -> d.findElement(By.cssSelector(row(kind) + " input[type='file']")));
        input.sendKeys(file.toAbsolutePath().toString());
        // the table is re-rendered by the upload's answer
        browser.wait.until(d -> Boolean.FALSE.equals(((JavascriptExecutor) d).executeScript(
                "var r = document.querySelector(arguments[0]); return r !== null && r.zcOld === true;", row(kind))));
        browser.waitForAjax();
        return browser.driver.findElements(By.cssSelector(row(kind) + " .zc-upload-message")).stream()
                .map(WebElement::getText).map(String::trim).filter(t -> !t.isEmpty()).findFirst().orElse("");
    }

    /** 共享上传 of the library file with that name into a row. */
    static void share(String kind, String fileName) {
        browser.click(row(kind) + " button[id$=':share']");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("materials:share-dialog")));
        browser.wait.until(d -> d.findElements(By.cssSelector("#materials\\:share-files tr.zc-library-row")).stream()
                .anyMatch(tr -> tr.getText().contains(fileName)));
        WebElement choose = browser.driver.findElements(By.cssSelector("#materials\\:share-files tr.zc-library-row"))
                .stream().filter(tr -> tr.getText().contains(fileName)).findFirst().orElseThrow()
                .findElement(By.cssSelector("button[id$=':choose']"));
        choose.click();
        browser.waitForAjax();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("materials:share-dialog")));
    }

    /** 删除 of the row's file with that name, confirmed. */
    static void delete(String kind, String fileName) {
        WebElement file = browser.driver.findElements(By.cssSelector(row(kind) + " .zc-material-file")).stream()
                .filter(f -> f.getText().contains(fileName)).findFirst().orElseThrow();
        file.findElement(By.cssSelector("a.zc-file-delete")).click();
        browser.click("button[id$='confirm-yes']");
        browser.waitForAjax();
        browser.wait.until(d -> !fileNames(kind).contains(fileName));
    }

    /** The href of a row's first 查看 link. */
    static String viewHref(String kind) {
        return browser.href(row(kind) + " a.zc-file-view");
    }

    /** Fetches a URL in the page's session; answers "status|content-type|content-disposition|length". */
    static String fetch(String href) {
        return (String) ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => done("
                        + "r.status + '|' + r.headers.get('content-type') + '|' + r.headers.get('content-disposition')"
                        + " + '|' + b.byteLength))).catch(e => done('error ' + e));", href);
    }
}
