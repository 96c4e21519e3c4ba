package cn.zhicheng.web.account;

import java.util.Locale;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import cn.zhicheng.domain.model.account.AccountRefusal;

/** A refusal next to its field (client id = the form's prefix + the field), an answer at the top. */
final class FormMessages {

    private FormMessages() {
    }

    static void refused(String prefix, AccountRefusal refusal, Locale locale) {
        String text = refusal.message(locale);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(refusal.field() == null ? null : prefix + refusal.field(),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** The address of the TCP peer: X-Forwarded-For is whatever the client chose to send. */
    static String remoteAddress() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }
}
