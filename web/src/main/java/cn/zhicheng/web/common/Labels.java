package cn.zhicheng.web.common;

import java.io.Serializable;
import java.util.Collection;
import java.util.stream.Collectors;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.domain.shared.Labelled;
import cn.zhicheng.web.shell.LocaleView;

/**
 * The label of a domain enum (state, action, role, tab, material) in the user's language: its Chinese label, or
 * the {@code <Enum>.<CONSTANT>} entry of the service layer's English bundle ({@code cn.zhicheng.messages_en}).
 */
@Named
@RequestScoped
public class Labels implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SERVICE_BUNDLE = "cn.zhicheng.messages";

    @Inject
    LocaleView localeView;

    /** 是 / 否 for a yes-no field; empty when not answered. */
    public String yesNo(Boolean value) {
        return value == null ? "" : localeView.bundle().getString(value ? "common.bool.yes" : "common.bool.no");
    }

    /** The labels of several choices, separated as the language writes lists. */
    public String ofAll(Collection<?> values) {
        return values == null ? "" : values.stream().map(this::of)
                .collect(Collectors.joining(localeView.isChinese() ? "；" : "; "));
    }

    public String of(Object value) {
        if (!(value instanceof Labelled labelled)) {
            return value == null ? "" : value.toString();
        }
        if (localeView.isChinese() || !(value instanceof Enum<?> constant)) {
            return labelled.label();
        }
        try {
            ResourceBundle english = ResourceBundle.getBundle(SERVICE_BUNDLE, localeView.getLocale(),
                    Labelled.class.getClassLoader());
            String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            return english.containsKey(key) ? english.getString(key) : labelled.label();
        } catch (MissingResourceException noBundle) {
            return labelled.label();
        }
    }
}
