package cn.zhicheng.web.admin;

import cn.zhicheng.domain.shared.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;

/** The admin screens' messages: a service's refusal in the user's language, next to a field or at the top. */
final class Messages {

    private Messages() {
    }

    static void refused(String clientId, BusinessException refusal, Locale locale) {
        String text = refusal.message(locale);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    static void info(String pattern, Object... args) {
        String text = MessageFormat.format(pattern, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
