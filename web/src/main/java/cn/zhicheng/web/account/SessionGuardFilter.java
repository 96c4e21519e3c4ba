package cn.zhicheng.web.account;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import cn.zhicheng.application.account.AccountService;
import cn.zhicheng.web.shell.SessionUser;

/**
 * Ends a session whose account changed or reset its password since the session opened (the epoch is read from the
 * database, so this holds on every node), and sends a session opened with an initial password to 修改密码 first.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class SessionGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @EJB
    transient AccountService accounts;

    @Inject
    transient SessionUser sessionUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || !sessionUser.isLoggedIn()) {
            chain.doFilter(request, response);
            return;
        }
        String context = request.getContextPath();
        if (accounts.sessionEpoch(sessionUser.getUsername()) != sessionUser.getSessionEpoch()) {
            request.logout();
            session.invalidate();
            response.sendRedirect(context + "/login.xhtml?ended=true");
            return;
        }
        String path = request.getRequestURI().substring(context.length());
        if (sessionUser.isPasswordChangeRequired() && !path.equals(SessionUser.PASSWORD_PAGE)
                && !path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/error/")) {
            response.sendRedirect(context + SessionUser.PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
