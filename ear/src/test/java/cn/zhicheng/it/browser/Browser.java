package cn.zhicheng.it.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
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
 * One headless Chromium for one browser-test class (client side only: a test class that also runs inside the
 * server must keep every Selenium type in a class like this one, which the server never loads). Started with the
 * flags verified on these machines, Chinese as the preferred language, the profile under {@code target/}.
 * The generic page moves of every journey live here; a journey's own pages extend it or hold one.
 */
public class Browser {

    /** The demo accounts' password. */
    public static final String PASSWORD = "Zc@2020demo";

    public final WebDriver driver;
    public final WebDriverWait wait;
    private final String root;

    public Browser() {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        try {
            Path buildDir = Files.createDirectories(Path.of(System.getProperty("zc.build.dir", "target")));
            Path profile = Files.createTempDirectory(buildDir, "chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh",
                    "download.default_directory", downloads().toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
            driver = new ChromeDriver(options);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the browser profile", e);
        }
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // while a page is being replaced Chrome answers about old nodes with assorted errors: poll again
        wait.ignoring(WebDriverException.class);
        root = baseUrl();
    }

    /** The application's root URL on the test server (port offset {@code zc.port.offset}, default 100). */
    public static String baseUrl() {
        return "http://127.0.0.1:" + (8080 + Integer.getInteger("zc.port.offset", 100)) + "/zhicheng/";
    }

    /** Where the browser saves downloads (target/downloads). */
    public static Path downloads() {
        try {
            return Files.createDirectories(Path.of(System.getProperty("zc.build.dir", "target"), "downloads"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public void quit() {
        driver.quit();
    }

    public String url(String path) {
        return root + path;
    }

    public void open(String path) {
        driver.get(url(path));
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Anonymous on the login page (cookies of the application dropped). */
    public void anonymous() {
        driver.get(url("login.xhtml"));
        driver.manage().deleteAllCookies();
        driver.get(url("login.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personal-username")));
    }

    /** Anonymous again, then logged in on the 个人登录 tab with the demo password; waits for the shell. */
    public void loginPersonal(String username) {
        login("personal", username, PASSWORD);
    }

    /** Anonymous again, then logged in on the 单位登录 tab with the demo password; waits for the shell. */
    public void loginUnit(String username) {
        login("unit", username, PASSWORD);
    }

    /** Anonymous again, then logged in on a tab ({@code personal} or {@code unit}); waits for the shell. */
    public void login(String tab, String username, String password) {
        anonymous();
        if ("unit".equals(tab)) {
            wait.until(ExpectedConditions.elementToBeClickable(By.id("tab-unit"))).click();
        }
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(tab + "-username")));
        user.clear();
        user.sendKeys(username);
        WebElement secret = driver.findElement(By.id(tab + "-password"));
        secret.clear();
        secret.sendKeys(password);
        driver.findElement(By.id(tab + "-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    }

    /** Follows a left-menu entry by its id (e.g. {@code menu-individual-items}). */
    public void clickMenu(String id) {
        wait.until(d -> {
            d.findElement(By.cssSelector("#" + id + " a")).click();
            return true;
        });
    }

    /** The left menu's lines, as shown. */
    public List<String> menu() {
        return driver.findElements(By.cssSelector("#main-menu li")).stream().map(WebElement::getText)
                .map(String::trim).toList();
    }

    /** The trimmed text of a displayed element. */
    public String text(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText().trim();
    }

    public String value(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getAttribute("value");
    }

    public boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).map(String::trim).toList();
    }

    /** The cells of each data row of a PrimeFaces table (its client id, e.g. {@code review:list}). */
    public List<List<String>> rows(String tableId) {
        String css = "#" + tableId.replace(":", "\\:") + "_data > tr";
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(tableId + "_data")));
        return driver.findElements(By.cssSelector(css)).stream()
                .filter(tr -> !tr.getAttribute("class").contains("ui-datatable-empty-message"))
                .map(tr -> tr.findElements(By.cssSelector(":scope > td")).stream().map(WebElement::getText)
                        .map(String::trim).toList())
                .toList();
    }

    /** Clicks by CSS selector, retrying while an overlay (a closing menu or dialog) still covers the element. */
    public void click(String css) {
        wait.until(d -> {
            d.findElement(By.cssSelector(css)).click();
            return true;
        });
    }

    /** Clicks by element id, retrying while an overlay still covers the element. */
    public void clickId(String id) {
        wait.until(d -> {
            d.findElement(By.id(id)).click();
            return true;
        });
    }

    /** Clicks a button that answers with an ajax update and waits for it. */
    public void clickAndWait(String id) {
        clickId(id);
        waitForAjax();
    }

    public void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Picks an option of a p:selectOneMenu by its label: opens the panel, clicks the option once it is shown, and
     * tries again (bounded by the wait) while the panel's opening animation swallows the click.
     */
    public void choose(String menuId, String label) {
        String option = "#" + menuId.replace(":", "\\:") + "_items li[data-label='" + label + "']";
        wait.until(d -> {
            try {
                if (label.equals(d.findElement(By.id(menuId + "_label")).getText().trim())) {
                    return true;
                }
                List<WebElement> shown = d.findElements(By.cssSelector(option));
                if (!shown.isEmpty() && shown.get(0).isDisplayed()) {
                    shown.get(0).click();
                } else {
                    d.findElement(By.id(menuId)).click();
                }
                return label.equals(d.findElement(By.id(menuId + "_label")).getText().trim());
            } catch (WebDriverException stillMoving) {
                return false;
            }
        });
        waitForAjax();
    }

    /**
     * Sets a p:datePicker's date through its widget and fires its change behaviour, as choosing the day does
     * (typing into the picker races its own overlay).
     */
    public void setDate(String id, String isoDate) {
        By field = By.id(id + "_input");
        wait.until(ExpectedConditions.visibilityOfElementLocated(field));
        LocalDate date = LocalDate.parse(isoDate);
        waitForAjax();
        ((JavascriptExecutor) driver).executeScript("var w = PrimeFaces.getWidgetById(arguments[0]);"
                        + " w.setDate(new Date(arguments[1], arguments[2] - 1, arguments[3])); w.callBehavior('change');",
                id, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        waitForAjax();
        wait.until(d -> isoDate.equals(d.findElement(field).getAttribute("value")));
    }

    public String href(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).getAttribute("href");
    }

    public boolean enabled(String id) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        return e.isEnabled() && !e.getAttribute("class").contains("ui-state-disabled");
    }

    public void waitForEnabled(String id) {
        wait.until(d -> enabled(id));
    }

    /** Waits until the URL contains every part. */
    public void waitForUrl(String... parts) {
        wait.until(d -> Arrays.stream(parts).allMatch(d.getCurrentUrl()::contains));
    }

    /** Waits until an element matching the selector is displayed and contains the text. */
    public void waitForVisibleText(String css, String text) {
        wait.until(d -> d.findElements(By.cssSelector(css)).stream()
                .anyMatch(e -> e.isDisplayed() && e.getText().contains(text)));
    }

    /** The text of an element (a field's p:message, a p:messages) once it has one. */
    public String waitForText(String id) {
        return wait.until(d -> {
            String t = d.findElement(By.id(id)).getText();
            return t.isBlank() ? null : t;
        });
    }

    /** Marks the document, so that {@link #waitForNewPage()} can tell when it has been replaced. */
    public void markPage() {
        ((JavascriptExecutor) driver).executeScript("window.zcOldPage = true;");
    }

    public void waitForNewPage() {
        wait.until(d -> Boolean.FALSE.equals(((JavascriptExecutor) d).executeScript(
                "return window.zcOldPage === true;")));
    }

    /** Waits until the document has loaded and PrimeFaces' ajax queue is empty. */
    public void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** Keeps a picture of the page under target/screenshots/. */
    public void snapshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("zc.build.dir", "target"), "screenshots"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("cannot save screenshot " + name, e);
        }
    }

    /** Clicks an export button and reads the .xlsx the browser saved (the newest whose name starts so). */
    public List<List<String>> downloadXlsx(String buttonId, String namePrefix) {
        java.nio.file.Path dir = Browser.downloads();
        long since = System.currentTimeMillis();
        clickId(buttonId);
        java.nio.file.Path file = wait.until(d -> {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
                return files.filter(f -> f.getFileName().toString().startsWith(namePrefix)
                                && f.getFileName().toString().endsWith(".xlsx") && f.toFile().lastModified() >= since - 1000)
                        .findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file);
             org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(in);
             java.util.stream.Stream<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().openStream()) {
            List<List<String>> all = new java.util.ArrayList<>();
            rows.forEach(r -> {
                List<String> cells = new java.util.ArrayList<>();
                for (int c = 0; c < r.getCellCount(); c++) {
                    cells.add(r.getCellText(c));
                }
                all.add(cells);
            });
            return all;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
