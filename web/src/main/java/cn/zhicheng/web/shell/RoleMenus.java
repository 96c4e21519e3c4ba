package cn.zhicheng.web.shell;

import static cn.zhicheng.web.shell.MenuNode.group;
import static cn.zhicheng.web.shell.MenuNode.page;
import static cn.zhicheng.web.shell.MenuNode.planned;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.zhicheng.domain.model.party.Role;

/** The left menu of every role, in one place, with the manual's entries (3.2 个人用户中心, 4.2 单位用户中心). */
@ApplicationScoped
public class RoleMenus {

    private final Map<Role, List<MenuNode>> menus = new EnumMap<>(Role.class);

    public RoleMenus() {
        MenuNode qualificationReview = group("unit.items",
                group("unit.items.professional", page("unit.items.professional.review", "/unit/review.xhtml")));
        menus.put(Role.INDIVIDUAL, List.of(home(Role.INDIVIDUAL),
                page("individual.items", "/individual/items.xhtml"), page("individual.apply", "/individual/apply.xhtml"), planned("individual.library"),
                planned("individual.profile"), planned("individual.account")));
        menus.put(Role.UNIT_ADMIN, List.of(home(Role.UNIT_ADMIN),
                planned("unit.info"), qualificationReview, planned("unit.personnel"), planned("unit.permissions")));
        // 权限管理 is how the admin authorises handlers; a handler's own menus come from those grants (later issue).
        menus.put(Role.UNIT_HANDLER, List.of(home(Role.UNIT_HANDLER),
                planned("unit.info"), qualificationReview, planned("unit.personnel")));
        // 专家评审: the committees' expert pools and their meetings
        MenuNode expertReview = group("office.expert-review", page("office.expert-review.pool", "/office/experts.xhtml"),
                page("office.expert-review.meetings", "/office/meetings.xhtml"));
        menus.put(Role.OFFICE, List.of(home(Role.OFFICE),
                planned("office.pre-audit"), expertReview, planned("office.post-audit"),
                page("dashboard", "/dashboard/index.xhtml")));
        menus.put(Role.EXPERT, List.of(home(Role.EXPERT), page("expert.tasks", "/expert/meetings.xhtml")));
        menus.put(Role.BUREAU, List.of(home(Role.BUREAU),
                planned("bureau.review"), planned("bureau.publicity"), planned("bureau.certificate"),
                planned("bureau.certificate-query"),
                page("dashboard", "/dashboard/index.xhtml")));
        menus.put(Role.SYS_ADMIN, List.of(home(Role.SYS_ADMIN),
                page("admin.catalogue", "/admin/catalogue.xhtml"), page("admin.accounts", "/admin/accounts.xhtml"),
                page("admin.batch", "/admin/batch.xhtml"), page("dashboard", "/dashboard/index.xhtml")));
    }

    private static MenuNode home(Role role) {
        return page("home", Landing.of(role));
    }

    public List<MenuNode> of(Role role) {
        return role == null ? List.of() : menus.get(role);
    }
}
