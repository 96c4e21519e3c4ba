package cn.zhicheng.web.shell;

import java.io.Serializable;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

/**
 * The UI language: Simplified Chinese unless the user picks English. The browser's Accept-Language is not
 * followed, since this is a Chinese government service whatever the browser says.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final String BUNDLE = "cn.zhicheng.web.i18n.messages";

    private Locale locale = CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isChinese() {
        return CHINESE.equals(locale);
    }

    /**
     * The UI strings in the user's language. Java code uses this rather than the view's locale: a GET with a
     * view action runs before the page's f:view has set the locale.
     */
    public ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    public void useChinese() {
        locale = CHINESE;
    }

    public void useEnglish() {
        locale = Locale.ENGLISH;
    }
}
