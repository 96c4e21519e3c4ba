package cn.zhicheng.web.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.UnitAccess;
import cn.zhicheng.application.UnitAccountService;
import cn.zhicheng.domain.model.party.Role;

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

    @Inject
    UnitAccountService unitAccounts;

    private List<MenuLine> lines;

    public List<MenuLine> getLines() {
        if (lines == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ResourceBundle bundle = localeView.bundle();
            String context = faces.getExternalContext().getRequestContextPath();
            lines = new ArrayList<>();
            for (MenuNode node : menus.of(user.getRole(), unitAccess())) {
                add(node, 0, bundle, context);
            }
        }
        return lines;
    }

    /** A unit account's grants (one small query per page); null for the other roles. */
    private UnitAccess unitAccess() {
        Role role = user.getRole();
        return role != null && role.isUnitRole() ? unitAccounts.myAccess() : null;
    }

    private void add(MenuNode node, int depth, ResourceBundle bundle, String context) {
        String href = node.path() != null ? context + node.path() : node.isGroup() ? null : context + CONSTRUCTION + node.key();
        lines.add(new MenuLine("menu-" + node.key().replace('.', '-'), bundle.getString("menu." + node.key()), href,
                depth));
        for (MenuNode child : node.children()) {
            add(child, depth + 1, bundle, context);
        }
    }
}
