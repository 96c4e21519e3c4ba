package cn.zhicheng.application;

import java.io.Serializable;

/**
 * 单位事项's search (manual 4.2): the tab and the three fields; blank fields restrict nothing.
 *
 * @param serialPrefix 业务流水号 starting with this
 * @param itemName     事项名称 containing this
 * @param summary      摘要信息 containing this
 */
public record UnitItemsFilter(UnitTab tab, String serialPrefix, String itemName, String summary)
        implements Serializable {

    public UnitItemsFilter {
        tab = tab == null ? UnitTab.ALL : tab;
        serialPrefix = blankToNull(serialPrefix);
        itemName = blankToNull(itemName);
        summary = blankToNull(summary);
    }

    public static UnitItemsFilter all() {
        return new UnitItemsFilter(UnitTab.ALL, null, null, null);
    }

    public UnitItemsFilter withTab(UnitTab t) {
        return new UnitItemsFilter(t, serialPrefix, itemName, summary);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
