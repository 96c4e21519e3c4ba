package cn.zhicheng.web.shell;

import static cn.zhicheng.web.shell.MenuNode.group;
import static cn.zhicheng.web.shell.MenuNode.page;
import static cn.zhicheng.web.shell.MenuNode.pageGroup;
import static cn.zhicheng.web.shell.MenuNode.planned;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import cn.zhicheng.application.UnitAccess;
import cn.zhicheng.domain.model.party.HandlerGrant;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.UnitMenu;

/** The left menu of every role, in one place, with the manual's entries (3.2 个人用户中心, 4.2 单位用户中心). */
@ApplicationScoped
public class RoleMenus {

    private final Map<Role, List<MenuNode>> menus = new EnumMap<>(Role.class);

    public RoleMenus() {
        MenuNode qualificationReview = pageGroup("unit.items", "/unit/items.xhtml",
                group("unit.items.professional", page("unit.items.professional.review", "/unit/review.xhtml")));
        menus.put(Role.INDIVIDUAL, List.of(home(Role.INDIVIDUAL),
                page("individual.items", "/individual/items.xhtml"), page("individual.apply", "/individual/apply.xhtml"), page("individual.library", "/individual/library.xhtml"),
                page("individual.profile", "/individual/profile.xhtml"), planned("individual.account")));
        menus.put(Role.UNIT_ADMIN, List.of(home(Role.UNIT_ADMIN),
                page("unit.info", "/unit/info.xhtml"), qualificationReview, page("unit.personnel", "/unit/personnel.xhtml"),
                page("unit.permissions", "/unit/permissions.xhtml")));
        // 权限管理 is how the admin authorises handlers; a handler's menu keeps only what was granted (of(role, access))
        menus.put(Role.UNIT_HANDLER, List.of(home(Role.UNIT_HANDLER),
                page("unit.info", "/unit/info.xhtml"), qualificationReview, page("unit.personnel", "/unit/personnel.xhtml")));
        // 专家评审: the committees' expert pools and their meetings
        MenuNode expertReview = group("office.expert-review", page("office.expert-review.pool", "/office/experts.xhtml"),
                page("office.expert-review.meetings", "/office/meetings.xhtml"));
        menus.put(Role.OFFICE, List.of(home(Role.OFFICE),
                page("office.pre-audit", "/office/audit-list.xhtml?stage=OFFICE_PRE_AUDIT"), expertReview,
                page("office.post-audit", "/office/audit-list.xhtml?stage=OFFICE_POST_AUDIT"),
                page("dashboard", "/dashboard/index.xhtml")));
        menus.put(Role.EXPERT, List.of(home(Role.EXPERT), page("expert.tasks", "/expert/meetings.xhtml")));
        menus.put(Role.BUREAU, List.of(home(Role.BUREAU),
                page("bureau.review", "/bureau/review-list.xhtml"), page("bureau.publicity", "/bureau/publicity.xhtml"),
                page("bureau.certificate", "/bureau/certificate.xhtml"),
                page("bureau.certificate-query", "/certificate-query/index.xhtml"),
                page("dashboard", "/dashboard/index.xhtml")));
        menus.put(Role.SYS_ADMIN, List.of(home(Role.SYS_ADMIN),
                page("admin.catalogue", "/admin/catalogue.xhtml"), page("admin.accounts", "/admin/accounts.xhtml"),
                page("admin.batch", "/admin/batch.xhtml"), page("dashboard", "/dashboard/index.xhtml")));

        // ---- the notification simulator's outbox
        List<MenuNode> admin = new java.util.ArrayList<>(menus.get(Role.SYS_ADMIN));
        admin.add(page("admin.security-events", "/admin/security-events.xhtml"));
        admin.add(page("admin.outbox", "/admin/outbox.xhtml"));
        menus.put(Role.SYS_ADMIN, List.copyOf(admin));
    }

    private static MenuNode home(Role role) {
        return page("home", Landing.of(role));
    }

    public List<MenuNode> of(Role role) {
        return role == null ? List.of() : menus.get(role);
    }

    // ---- a unit handler's menu from its grants

    /** What a unit handler needs granted to see an entry (the services check the same grants). */
    private static final Map<String, Predicate<UnitAccess>> UNIT_GRANTS = Map.of(
            "unit.info", a -> a.mayOpen(UnitMenu.INFO),
            "unit.items", a -> a.mayOpen(UnitMenu.ITEMS),
            "unit.items.professional.review", a -> a.holdsItem(HandlerGrant.TITLE_REVIEW_ITEM),
            "unit.personnel", a -> a.mayOpen(UnitMenu.PERSONNEL),
            "unit.permissions", UnitAccess::isAdmin);

    /**
     * The role's menu as this account may use it: a unit account's entries without their grant are left out (a
     * group whose page is not granted stays as a heading while a child is granted); other roles' menus are whole.
     */
    public List<MenuNode> of(Role role, UnitAccess access) {
        if (access == null || role == null || !role.isUnitRole()) {
            return of(role);
        }
        List<MenuNode> kept = new ArrayList<>();
        for (MenuNode node : of(role)) {
            MenuNode k = granted(node, access);
            if (k != null) {
                kept.add(k);
            }
        }
        return kept;
    }

    private static MenuNode granted(MenuNode node, UnitAccess access) {
        Predicate<UnitAccess> rule = UNIT_GRANTS.get(node.key());
        boolean own = rule == null || rule.test(access);
        if (!node.isGroup()) {
            return own ? node : null;
        }
        List<MenuNode> children = new ArrayList<>();
        for (MenuNode child : node.children()) {
            MenuNode k = granted(child, access);
            if (k != null) {
                children.add(k);
            }
        }
        if (children.isEmpty() && !(own && node.path() != null)) {
            return null;
        }
        MenuNode kept = node.withChildren(children);
        return own ? kept : new MenuNode(kept.key(), null, kept.children());
    }
}
