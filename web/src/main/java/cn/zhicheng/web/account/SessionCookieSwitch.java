package cn.zhicheng.web.account;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The documented switch for the session cookie's {@code Secure} flag: start the server with
 * {@code -Dzc.session.secure-cookie=true} where the platform is served over HTTPS (behind a TLS-terminating proxy the
 * request is not seen as secure, so the flag cannot follow the request). Off by default: over plain HTTP (the demo,
 * the tests) a Secure cookie would never come back.
 */
@WebListener
public class SessionCookieSwitch implements ServletContextListener {

    public static final String PROPERTY = "zc.session.secure-cookie";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (Boolean.getBoolean(PROPERTY)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
