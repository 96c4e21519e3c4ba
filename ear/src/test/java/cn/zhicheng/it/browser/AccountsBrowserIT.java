package cn.zhicheng.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

import cn.zhicheng.it.accounts.AccountKit;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.remote.Remote;

/**
 * Issue 9's journeys in a real browser: 个人注册 with the code read from the outbox, then the login; 单位注册 with its
 * administrator; the challenge after two failures (a wrong answer refused and not counted); 忘记用户名 and 忘记密码
 * ending in a working login; the change forced by an initial password; an older session ended by a password change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsBrowserIT {

    private static final String PASSWORD = AccountKit.PASSWORD;

    private static Browser browser;

    @Deployment(testable = false)
    public static EnterpriseArchive ear() {
        return Deployments.earWithKit(AccountsBrowserIT.class, AccountKit.class);
    }

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void anonymous() {
        browser.anonymous();
    }

    @Test
    void anIndividualRegistersWithTheCodeFromThePhoneAndLogsIn() {
        String phone = kit("newPhone");
        String id = kit("newResidentId");
        String username = kit("newUsername", "breg");
        browser.clickId("link-register");
        browser.waitForUrl("register.xhtml");
        browser.type("reg-name", "周注册");
        browser.type("reg-idNumber", id);
        browser.type("reg-phone", phone);
        answerChallenge("reg-");
        browser.clickAndWait("reg-send-code");
        assertTrue(browser.waitForText("register-messages").contains("验证码已发送"), browser.text("register-messages"));
        browser.type("reg-code", kit("codeSentTo", phone));
        browser.type("reg-username", username);
        browser.type("reg-password", "weakpass");
        browser.type("reg-confirmPassword", "weakpass");
        browser.clickAndWait("reg-submit");
        // the policy's refusal next to its field, the form kept
        assertTrue(browser.waitForText("register").contains("至少三类"), browser.text("register"));
        assertEquals(id, browser.value("reg-idNumber"));
        browser.snapshot("register-refused");
        browser.type("reg-password", PASSWORD);
        browser.type("reg-confirmPassword", PASSWORD);
        browser.clickId("reg-submit");
        browser.waitForUrl("login.xhtml", "registered");
        assertTrue(browser.waitForText("login-messages").contains("注册成功"));
        assertEquals(username, browser.value("personal-username"));
        browser.type("personal-password", PASSWORD);
        browser.clickId("personal-login");
        browser.waitForUrl("/individual/index.xhtml");
        assertTrue(browser.text("welcome").contains("周注册"));
    }

    @Test
    void aUnitRegistersWithItsAdministratorWhoLogsInOnTheUnitTab() {
        String phone = kit("newPhone");
        String username = kit("newUsername", "bunit");
        browser.clickId("tab-unit");
        browser.clickId("link-register");
        browser.waitForUrl("register.xhtml", "tab=unit");
        browser.type("reg-unitName", "深圳市浏览器注册有限公司");
        browser.type("reg-creditCode", kit("newCreditCode"));
        browser.type("reg-address", "深圳市南山区科技园");
        browser.type("reg-name", "吴管理");
        browser.type("reg-adminIdNumber", kit("newResidentId"));
        browser.type("reg-phone", phone);
        answerChallenge("reg-");
        browser.clickAndWait("reg-send-code");
        browser.type("reg-code", kit("codeSentTo", phone));
        browser.type("reg-username", username);
        browser.type("reg-password", PASSWORD);
        browser.type("reg-confirmPassword", PASSWORD);
        browser.snapshot("register-unit");
        browser.clickId("reg-submit");
        browser.waitForUrl("login.xhtml", "registered");
        assertEquals(username, browser.value("unit-username"));
        browser.type("unit-password", PASSWORD);
        browser.clickId("unit-login");
        browser.waitForUrl("/unit/index.xhtml");
        assertTrue(browser.text("welcome").contains("单位管理员"));
    }

    @Test
    void theChallengeAppearsAfterTwoFailuresAndAWrongAnswerIsRefusedWithoutCounting() {
        Map<String, String> who = Remote.call(AccountKit.class, "registeredIndividual", "bchal");
        String name = who.get("username");
        assertFalse(browser.present("#personal-challenge-picture"));
        for (int i = 1; i <= 2; i++) {
            submitLogin(name, "Wrong#" + i);
            assertTrue(browser.waitForText("login-messages").contains("用户名或密码错误"));
        }
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personal-challenge-picture")));
        browser.snapshot("login-challenge");
        assertEquals("2", kit("failedAttempts", name));

        submitLogin(name, PASSWORD); // the challenge left empty
        assertTrue(browser.waitForText("login-messages").contains("图形验证码不正确"));
        String token = browser.driver.findElement(By.id("personal-challenge-picture")).getAttribute("data-token");
        String answer = kit("answerOf", token);
        browser.type("personal-challenge", answer.equals("0000") ? "1111" : "0000");
        submitLogin(name, PASSWORD);
        assertTrue(browser.waitForText("login-messages").contains("图形验证码不正确"));
        assertEquals("2", kit("failedAttempts", name), "a refused challenge is no password failure");

        answerChallenge("personal-");
        submitLogin(name, PASSWORD);
        browser.waitForUrl("/individual/index.xhtml");
        assertEquals("0", kit("failedAttempts", name));
    }

    @Test
    void aForgottenUserNameIsSentToThePhoneAndLogsIn() {
        Map<String, String> who = Remote.call(AccountKit.class, "registeredIndividual", "bfu");
        Remote.call(AccountKit.class, "forgetCodes", who.get("phone")); // a minute after the registration's code
        browser.clickId("link-forgot-username");
        browser.waitForUrl("forgot-username.xhtml");
        browser.type("fu-idNumber", who.get("idNumber"));
        browser.type("fu-phone", who.get("phone"));
        answerChallenge("fu-");
        browser.clickAndWait("fu-submit");
        assertTrue(browser.waitForText("fu-messages").contains("用户名已通过短信发送"));
        String sms = kit("messageTo", who.get("phone"));
        assertTrue(sms.contains(who.get("username")), sms);
        browser.login("personal", who.get("username"), PASSWORD);
        browser.waitForUrl("/individual/index.xhtml");
    }

    @Test
    void aForgottenPasswordIsResetWithTheCodeAndTheNewOneLogsIn() {
        Map<String, String> who = Remote.call(AccountKit.class, "registeredIndividual", "bfp");
        String newPassword = "Browser#Reset1";
        browser.clickId("link-forgot-password");
        browser.waitForUrl("forgot-password.xhtml");
        browser.type("fp-username", who.get("username"));
        browser.type("fp-phone", who.get("phone"));
        answerChallenge("fp-");
        // the registration's code was sent less than a minute ago: the limit answers first
        browser.clickAndWait("fp-send-code");
        assertTrue(browser.waitForText("forgot-password").contains("1分钟"), browser.text("forgot-password"));
        Remote.call(AccountKit.class, "forgetCodes", who.get("phone"));
        answerChallenge("fp-");
        browser.clickAndWait("fp-send-code");
        assertTrue(browser.waitForText("fp-messages").contains("验证码已发送"));
        browser.type("fp-code", kit("codeSentTo", who.get("phone")));
        browser.type("fp-password", newPassword);
        browser.type("fp-confirmPassword", newPassword);
        browser.clickId("fp-submit");
        browser.waitForUrl("login.xhtml", "passwordReset");
        browser.login("personal", who.get("username"), newPassword);
        browser.waitForUrl("/individual/index.xhtml");
    }

    @Test
    void anInitialPasswordLeadsToTheChangeFirst() {
        Map<String, String> who = Remote.call(AccountKit.class, "registeredIndividual", "binit");
        String initial = "Init#Pass2026";
        Remote.call(AccountKit.class, "initialPassword", who.get("username"), initial);
        browser.login("personal", who.get("username"), initial);
        browser.waitForUrl("/account/password.xhtml");
        assertTrue(browser.text("pw-forced").contains("初始密码"));
        browser.open("individual/items.xhtml");
        browser.waitForUrl("/account/password.xhtml");
        browser.snapshot("password-forced");
        browser.type("pw-currentPassword", initial);
        browser.type("pw-password", "Chosen#Pass2026");
        browser.type("pw-confirmPassword", "Chosen#Pass2026");
        browser.clickId("pw-submit");
        browser.waitForUrl("/individual/index.xhtml");
        browser.open("individual/items.xhtml");
        browser.waitForUrl("/individual/items.xhtml");
    }

    @Test
    void aPasswordChangeEndsTheAccountsOtherSession() {
        Map<String, String> who = Remote.call(AccountKit.class, "registeredIndividual", "bsess");
        browser.login("personal", who.get("username"), PASSWORD);
        Cookie first = browser.driver.manage().getCookieNamed("JSESSIONID");
        // a second session of the same account (as on another computer) changes the password
        browser.login("personal", who.get("username"), PASSWORD);
        browser.clickId("change-password");
        browser.waitForUrl("/account/password.xhtml");
        browser.type("pw-currentPassword", PASSWORD);
        browser.type("pw-password", "Changed#Pass2026");
        browser.type("pw-confirmPassword", "Changed#Pass2026");
        browser.clickId("pw-submit");
        browser.waitForUrl("/individual/index.xhtml");
        browser.open("individual/items.xhtml");
        browser.waitForUrl("/individual/items.xhtml"); // this one goes on

        browser.driver.manage().deleteAllCookies();
        browser.driver.manage().addCookie(first);
        browser.open("individual/items.xhtml");
        browser.waitForUrl("login.xhtml", "ended");
        assertTrue(browser.waitForText("login-messages").contains("本次登录已失效"));
    }

    private void submitLogin(String username, String password) {
        browser.type("personal-username", username);
        browser.type("personal-password", password);
        browser.markPage();
        browser.clickId("personal-login");
        browser.waitForNewPage();
    }

    /** Reads the picture as a person would: its digits come from the server kit. */
    private void answerChallenge(String prefix) {
        String token = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(prefix + "challenge-picture")))
                .getAttribute("data-token");
        browser.type(prefix + "challenge", kit("answerOf", token));
    }

    private static String kit(String method, String... args) {
        return Remote.call(AccountKit.class, method, args).get("result");
    }
}
