package cn.zhicheng.it.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser of {@link ApplicantItemsBrowserIT}, kept apart so that the test class (which also runs inside the
 * server, where Selenium is not deployed) names no Selenium type. Client side only.
 */
final class ApplicantBrowser {

    static final String PASSWORD = "Zc@2020demo";

    final WebDriver driver;
    final WebDriverWait wait;
    private final String root;

    ApplicantBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        Path buildDir = Path.of(System.getProperty("zc.build.dir", "target"));
        Files.createDirectories(buildDir);
        Path profile = Files.createTempDirectory(buildDir, "chromium-items-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        driver = new ChromeDriver(options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(WebDriverException.class);
        int offset = Integer.getInteger("zc.port.offset", 100);
        root = "http://127.0.0.1:" + (8080 + offset) + "/zhicheng/";
    }

    void quit() {
        driver.quit();
    }

    String url(String path) {
        return root + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    /** Anonymous again, then logged in on the personal tab; waits for the landing page. */
    void login(String username) {
        driver.get(url("login.xhtml"));
        driver.manage().deleteAllCookies();
        driver.get(url("login.xhtml"));
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personal-username")));
        user.sendKeys(username);
        driver.findElement(By.id("personal-password")).sendKeys(PASSWORD);
        driver.findElement(By.id("personal-login")).click();
        wait.until(ExpectedConditions.urlContains("/individual/index.xhtml"));
    }

    void clickMenu(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " a"))).click();
    }

    /** Clicks a tab of 我的事项 and waits until the page shows it as the active one. */
    void tab(String name) {
        markPage();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//span[@id='count-" + name + "']/.."))).click();
        waitForNewPage();
        wait.until(ExpectedConditions.attributeContains(By.xpath("//span[@id='count-" + name + "']/.."), "class",
                "zc-tab-active"));
    }

    String count(String tab) {
        return text("count-" + tab);
    }

    String text(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText().trim();
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).map(String::trim).toList();
    }

    /** The cells of each data row of a PrimeFaces table. */
    List<List<String>> rows(String tableId) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(tableId + "_data")));
        return driver.findElements(By.cssSelector("#" + tableId + "_data > tr")).stream()
                .filter(tr -> !tr.getAttribute("class").contains("ui-datatable-empty-message"))
                .map(tr -> tr.findElements(By.cssSelector(":scope > td")).stream().map(WebElement::getText)
                        .map(String::trim).toList())
                .toList();
    }

    void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    String href(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).getAttribute("href");
    }

    boolean enabled(String id) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        return e.isEnabled() && !e.getAttribute("class").contains("ui-state-disabled");
    }

    /** Waits until the URL contains every part. */
    void waitForUrl(String... parts) {
        wait.until(d -> java.util.Arrays.stream(parts).allMatch(d.getCurrentUrl()::contains));
    }

    /** Waits until an element matching the selector is displayed and contains the text. */
    void waitForVisibleText(String css, String text) {
        wait.until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.isDisplayed() && e.getText().contains(text)));
    }

    void waitForEnabled(String id) {
        wait.until(d -> enabled(id));
    }

    void markPage() {
        ((JavascriptExecutor) driver).executeScript("window.zcOldPage = true;");
    }

    void waitForNewPage() {
        wait.until(d -> Boolean.FALSE.equals(((JavascriptExecutor) d).executeScript("return window.zcOldPage === true;")));
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Keeps a picture of the page under target/screenshots/. */
    void snapshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("zc.build.dir", "target"), "screenshots"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("cannot save screenshot " + name, e);
        }
    }
}
