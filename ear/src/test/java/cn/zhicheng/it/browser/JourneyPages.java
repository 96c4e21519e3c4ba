package cn.zhicheng.it.browser;

/**
 * The one browser of {@link OfficeToCertificateJourneyBrowserIT}, shared with the page helpers of every role
 * ({@link OfficePages}, {@link ReviewPages}, {@link UnitReviewPages}, {@link CertificatePages}) so that one application
 * crosses the whole journey in one Chromium. Client-only: the test class, which the server loads too, names no
 * browser type in its fields or in calls that would need one.
 */
final class JourneyPages {

    private static FormPages browser;

    private JourneyPages() {
    }

    static void start() {
        browser = new FormPages();
        OfficePages.share(browser);
        ReviewPages.share(browser);
        UnitReviewPages.share(browser);
        CertificatePages.share(browser);
    }

    static void stop() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        // the page helper that reuses a started browser must not keep the one just quit
        UnitReviewPages.unshare();
    }

    /** The shared browser, with the 申报表's moves ({@link FormPages}). */
    static FormPages browser() {
        return browser;
    }
}
