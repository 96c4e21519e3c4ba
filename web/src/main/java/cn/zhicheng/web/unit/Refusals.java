package cn.zhicheng.web.unit;

import java.util.Locale;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import cn.zhicheng.domain.shared.BusinessException;

/** Shows a service's refusal in the user's language, next to a field (client id) or at the top (null). */
final class Refusals {

    private Refusals() {
    }

    static void show(String clientId, BusinessException refusal, Locale locale) {
        String text = refusal.message(locale);
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        FacesContext.getCurrentInstance().validationFailed();
    }

    static void info(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
