package cn.zhicheng.application;

import java.io.Serializable;
import java.util.Map;

/**
 * One page of 单位事项 and the count of every tab for the same search (a tab's count ignores the chosen tab).
 */
public record UnitItems(Page<ApplicationSummary> page, Map<UnitTab, Long> counts) implements Serializable {

    public UnitItems {
        counts = Map.copyOf(counts);
    }

    public long count(UnitTab tab) {
        return counts.getOrDefault(tab, 0L);
    }
}
