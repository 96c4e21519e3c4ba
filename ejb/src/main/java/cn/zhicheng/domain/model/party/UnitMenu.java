package cn.zhicheng.domain.model.party;

import cn.zhicheng.domain.shared.Labelled;

/**
 * The unit centre's menus a unit admin may grant a handler (功能菜单授权, manual 1.4.3). 首页 is everyone's and
 * 权限管理 the admin's own; the business items under 单位事项 are granted separately ({@link BusinessItem}). The
 * constant's name is the code kept in {@code handler_grant}.
 */
public enum UnitMenu implements Labelled {
    INFO("单位信息"),
    ITEMS("单位事项"),
    PERSONNEL("人员管理");

    private final String label;

    UnitMenu(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
