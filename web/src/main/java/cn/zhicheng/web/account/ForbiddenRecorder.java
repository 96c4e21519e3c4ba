package cn.zhicheng.web.account;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.zhicheng.application.LoginService;

/** Every web 403 (a role's folder refused) is recorded once, on its way to the error page, with the URI asked. */
@WebFilter(urlPatterns = "/error/403.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class ForbiddenRecorder extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @EJB
    transient LoginService login;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        login.recordForbidden(request.getRemoteUser(), request.getRemoteAddr(), String.valueOf(uri));
        chain.doFilter(request, response);
    }
}
