package cn.zhicheng.web.shell;

import java.io.IOException;
import java.security.Principal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import cn.zhicheng.application.LoginService;

/** 退出: audit, end the authentication and the session, back to the login page. */
@Named
@RequestScoped
public class LogoutView {

    @EJB
    LoginService loginService;

    @Inject
    SecurityContext securityContext;

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Principal caller = securityContext.getCallerPrincipal();
        if (caller != null) {
            loginService.recordLogout(caller.getName(), request.getRemoteAddr());
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
