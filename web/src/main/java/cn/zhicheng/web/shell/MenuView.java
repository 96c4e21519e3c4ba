package cn.zhicheng.web.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The left menu of the logged-in user's role, flattened to lines for the template. */
@Named
@RequestScoped
public class MenuView {

    static final String CONSTRUCTION = "/construction.xhtml?item=";

    @Inject
    RoleMenus menus;

    @Inject
    SessionUser user;

    @Inject
    LocaleView localeView;

    private List<MenuLine> lines;

    public List<MenuLine> getLines() {
        if (lines == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ResourceBundle bundle = localeView.bundle();
            String context = faces.getExternalContext().getRequestContextPath();
            lines = new ArrayList<>();
            for (MenuNode node : menus.of(user.getRole())) {
                add(node, 0, bundle, context);
            }
        }
        return lines;
    }

    private void add(MenuNode node, int depth, ResourceBundle bundle, String context) {
        String href = node.isGroup() ? null : context + (node.path() != null ? node.path() : CONSTRUCTION + node.key());
        lines.add(new MenuLine("menu-" + node.key().replace('.', '-'), bundle.getString("menu." + node.key()), href,
                depth));
        for (MenuNode child : node.children()) {
            add(child, depth + 1, bundle, context);
        }
    }
}
