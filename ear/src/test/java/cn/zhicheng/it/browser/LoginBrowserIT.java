package cn.zhicheng.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.zhicheng.it.accounts.AccountKit;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.remote.Remote;

/**
 * The login journeys of manual 1.4.4 in a real browser: both tabs, the landing page and menu of each, the
 * wrong-tab refusal, the lockout after five wrong passwords, and 退出.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginBrowserIT {

    private static final String PASSWORD = "Zc@2020demo";

    private static Browser browser;
    private static WebDriver driver;
    private static WebDriverWait wait;

    @Deployment(testable = false)
    public static EnterpriseArchive ear() {
        // the server kit reads the challenge's answer once two failures ask for it
        return Deployments.earWithKit(LoginBrowserIT.class, AccountKit.class);
    }

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
        driver = browser.driver;
        wait = browser.wait;
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Every test starts anonymous on the login page. */
    @BeforeEach
    void anonymous() {
        driver.get(url("login.xhtml"));
        driver.manage().deleteAllCookies();
        driver.get(url("login.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personal-username")));
    }

    @Test
    void personalLoginShowsTheNameAndTheIndividualMenu() {
        submit("personal", "zhangsan", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/individual/index.xhtml"));

        String welcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome"))).getText();
        assertTrue(welcome.contains("张三") && welcome.contains("欢迎您") && welcome.contains("个人用户"), welcome);
        assertTrue(driver.findElement(By.id("login-time")).getText().startsWith("登录时间"));
        assertEquals(List.of("首页", "我的事项", "我要申报", "我的资料库", "个人信息", "账户管理"), menu());
        snapshot("individual-index");

        // another role's folder is refused, in Chinese
        driver.get(url("unit/index.xhtml"));
        wait.until(ExpectedConditions.titleContains("无权访问"));
    }

    @Test
    void unitLoginShowsTheUnitMenu() {
        driver.findElement(By.id("tab-unit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-username")));
        submit("unit", "jt-admin", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/unit/index.xhtml"));

        String welcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome"))).getText();
        assertTrue(welcome.contains("欢迎您") && welcome.contains("单位管理员"), welcome);
        assertEquals(List.of("首页", "单位信息", "单位事项", "专技人才业务", "资格评审", "人员管理", "权限管理"), menu());
        snapshot("unit-index");

        // every unit menu entry is a real page now: 人员管理 opens the personnel list
        driver.findElement(By.cssSelector("#menu-unit-personnel a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personnel:list")));
        assertEquals("人员管理", driver.findElement(By.cssSelector("h1.zc-title")).getText());
        assertTrue(driver.getCurrentUrl().contains("/unit/personnel.xhtml"), driver.getCurrentUrl());

        // a screen still to come shows the shared 功能建设中 page inside the shell, naming the feature
        driver.get(url("construction.xhtml?item=office.pre-audit"));
        WebElement feature = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("construction-feature")));
        assertEquals("评前审核", feature.getText());
        assertTrue(driver.findElement(By.id("construction")).getText().contains("功能建设中"));
        snapshot("construction");
    }

    @Test
    void aUnitAccountOnThePersonalTabIsRefused() {
        String message = submitAndReadMessage("personal", "jt-admin", PASSWORD);
        assertTrue(message.contains("单位登录"), message);
        assertTrue(driver.getCurrentUrl().contains("login.xhtml"), driver.getCurrentUrl());
        assertTrue(driver.findElements(By.id("welcome")).isEmpty());
    }

    @Test
    void theRefusalIsShownInTheChosenLanguage() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("lang-en"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lang-zh")));
        String message = submitAndReadMessage("personal", "jt-admin", PASSWORD);
        // the service's outcome, resolved in the English bundle of the ejb module (tab label included)
        assertTrue(message.contains("Please log in to this account on the \"Unit login\" tab."), message);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            String message = submitAndReadMessage("personal", "zhaoliu", "wrong-" + attempt);
            assertTrue(message.contains("用户名或密码错误") && !message.contains("已被锁定"), attempt + ": " + message);
        }
        String locked = submitAndReadMessage("personal", "zhaoliu", "wrong-5");
        assertTrue(locked.contains("已被锁定") && locked.matches("(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*"), locked);

        String stillLocked = submitAndReadMessage("personal", "zhaoliu", PASSWORD);
        assertTrue(stillLocked.contains("锁定"), stillLocked);
        snapshot("login-locked");
        assertTrue(driver.getCurrentUrl().contains("login.xhtml"), driver.getCurrentUrl());
    }

    @Test
    void logoutReturnsToTheLoginPageAndProtectedPagesAskForALoginAgain() {
        submit("personal", "zhangsan", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/individual/index.xhtml"));

        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-messages"), "退出"));

        driver.get(url("individual/index.xhtml"));
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertTrue(driver.findElements(By.id("welcome")).isEmpty());
    }

    private void submit(String tab, String username, String password) {
        // after two failures the form asks for the challenge: answered as a person reads the picture
        List<WebElement> picture = driver.findElements(By.id(tab + "-challenge-picture"));
        if (!picture.isEmpty() && picture.get(0).isDisplayed()) {
            String answer = Remote.call(AccountKit.class, "answerOf", picture.get(0).getAttribute("data-token")).get("result");
            WebElement field = driver.findElement(By.id(tab + "-challenge"));
            field.clear();
            field.sendKeys(answer);
        }
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(tab + "-username")));
        user.clear();
        user.sendKeys(username);
        WebElement secret = driver.findElement(By.id(tab + "-password"));
        secret.clear();
        secret.sendKeys(password);
        driver.findElement(By.id(tab + "-login")).click();
    }

    /**
     * Submits and waits for the re-rendered login page, then reads its messages: the old page is marked, and the
     * wait is for a document without the mark (rather than for a held element to go stale).
     */
    private String submitAndReadMessage(String tab, String username, String password) {
        ((JavascriptExecutor) driver).executeScript("window.zcOldPage = true;");
        submit(tab, username, password);
        wait.until(d -> Boolean.FALSE.equals(((JavascriptExecutor) d).executeScript("return window.zcOldPage === true;")));
        return wait.until(d -> {
            String text = d.findElement(By.id("login-messages")).getText();
            return text.isBlank() ? null : text;
        });
    }

    private static void snapshot(String name) {
        browser.snapshot(name);
    }

    private List<String> menu() {
        return driver.findElements(By.cssSelector("#main-menu li")).stream().map(WebElement::getText)
                .map(String::trim).toList();
    }

    private String url(String path) {
        // the EAR carries the kit's WAR too: the application's root, not the first context Arquillian reports
        return Browser.baseUrl() + path;
    }
}
