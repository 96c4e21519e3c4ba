package cn.zhicheng.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The browser of {@link ApplicantItemsBrowserIT}, kept apart so that the test class (which also runs inside the
 * server, where Selenium is not deployed) names no Selenium type. Client side only.
 */
final class ApplicantBrowser extends Browser {

    /** Anonymous again, then logged in on the personal tab; waits for the landing page. */
    void login(String username) {
        loginPersonal(username);
        wait.until(ExpectedConditions.urlContains("/individual/index.xhtml"));
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
}
