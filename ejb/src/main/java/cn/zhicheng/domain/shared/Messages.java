package cn.zhicheng.domain.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Resolves a {@link MessageKey} with its arguments in the bundles {@code cn/zhicheng/messages_zh_CN.properties}
 * (the product's language) and {@code messages_en.properties}. A locale without a bundle gets Chinese.
 * An argument that is a {@link Labelled} enum is shown by its bundle entry {@code <Enum>.<CONSTANT>} if the locale
 * has one, else by its Chinese label (the Chinese bundle needs no copies of the labels).
 */
public final class Messages {

    public static final String BUNDLE = "cn.zhicheng.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    // no fallback to the JVM's default locale: a missing locale means Chinese, on every server
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String format(MessageKey key, Locale locale, Object... args) {
        ResourceBundle localised = bundle(locale);
        // a key missing in a locale (MessagesTest forbids it) still gives the Chinese text rather than an error
        ResourceBundle bundle = localised.containsKey(key.name()) ? localised : bundle(CHINESE);
        Object[] shown = Arrays.stream(args == null ? new Object[0] : args).map(a -> shown(a, bundle)).toArray();
        return new MessageFormat(bundle.getString(key.name()), bundle.getLocale()).format(shown);
    }

    public static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale == null ? CHINESE : locale, Messages.class.getClassLoader(),
                    CONTROL);
        } catch (MissingResourceException noSuchLocale) {
            return ResourceBundle.getBundle(BUNDLE, CHINESE, Messages.class.getClassLoader(), CONTROL);
        }
    }

    private static Object shown(Object arg, ResourceBundle bundle) {
        if (arg instanceof Enum<?> constant && arg instanceof Labelled labelled) {
            String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            return bundle.containsKey(key) ? bundle.getString(key) : labelled.label();
        }
        // numbers as plain text: MessageFormat would group digits by locale
        return arg instanceof Number ? String.valueOf(arg) : arg;
    }
}
