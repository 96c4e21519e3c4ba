package cn.zhicheng.application;

import java.io.Serializable;
import java.util.Set;

import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.UnitMenu;

/**
 * What a unit account may open: a unit admin everything (manual 1.4.3: 无需授权), a handler the business items and
 * menus its admin granted. The menu and the landing page read it; the services check the same grants again.
 *
 * @param businessItems the granted business-item codes ({@code 003} = 资格评审)
 */
public record UnitAccess(Role role, Set<String> businessItems, Set<UnitMenu> menus) implements Serializable {

    public UnitAccess {
        businessItems = Set.copyOf(businessItems);
        menus = Set.copyOf(menus);
    }

    public boolean isAdmin() {
        return role == Role.UNIT_ADMIN;
    }

    public boolean holdsItem(String code) {
        return isAdmin() || businessItems.contains(code);
    }

    public boolean mayOpen(UnitMenu menu) {
        return isAdmin() || menus.contains(menu);
    }
}
