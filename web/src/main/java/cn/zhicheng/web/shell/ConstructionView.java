package cn.zhicheng.web.shell;

import java.util.ResourceBundle;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The 功能建设中 page: names the feature only when the parameter is a known menu or link key. */
@Named
@RequestScoped
public class ConstructionView {

    @Inject
    LocaleView localeView;

    private static final Pattern KEY = Pattern.compile("[a-z][a-z.-]{0,60}");

    public String getFeature() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String item = faces.getExternalContext().getRequestParameterMap().get("item");
        if (item == null || !KEY.matcher(item).matches()) {
            return null;
        }
        ResourceBundle bundle = localeView.bundle();
        String key = "menu." + item;
        return bundle.containsKey(key) ? bundle.getString(key) : null;
    }
}
