package cn.zhicheng.web.shell;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The application's root: the user's landing page, or the login page. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    SessionUser user;

    public void go() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + user.getLandingPage());
    }
}
