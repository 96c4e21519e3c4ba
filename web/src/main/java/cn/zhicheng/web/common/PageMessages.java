package cn.zhicheng.web.common;

import java.util.Locale;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import cn.zhicheng.domain.shared.BusinessException;

/** A service's refusal or a confirmation on a screen, in the user's language, next to a field or at the top (null). */
public final class PageMessages {

    private PageMessages() {
    }

    public static void refused(String clientId, BusinessException refusal, Locale locale) {
        String text = refusal.message(locale);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A confirmation that survives a redirect. */
    public static void info(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** This application's absolute base URL as the browser reached it, e.g. http://127.0.0.1:8080/zhicheng. */
    public static String baseUrl() {
        ExternalContext ctx = FacesContext.getCurrentInstance().getExternalContext();
        int port = ctx.getRequestServerPort();
        boolean defaultPort = "http".equals(ctx.getRequestScheme()) && port == 80
                || "https".equals(ctx.getRequestScheme()) && port == 443;
        return ctx.getRequestScheme() + "://" + ctx.getRequestServerName() + (defaultPort ? "" : ":" + port)
                + ctx.getRequestContextPath();
    }
}
