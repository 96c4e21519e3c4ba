package cn.zhicheng.application;

import java.io.Serializable;
import java.util.Set;

import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.UnitMenu;

/**
 * One row of 权限管理: 用户名, 姓名, 身份证号, 用户身份, 状态, and a handler's grants (授权).
 *
 * @param passwordChangeRequired the initial password has not been changed yet
 */
public record UnitUser(long id, String username, String name, String idNumber, Role role, boolean enabled,
                       boolean passwordChangeRequired, Set<String> businessItems, Set<UnitMenu> menus)
        implements Serializable {

    public UnitUser {
        businessItems = Set.copyOf(businessItems);
        menus = Set.copyOf(menus);
    }

    public boolean isHandler() {
        return role == Role.UNIT_HANDLER;
    }
}
