package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * 单位信息: the unit's registered name and organisation code, its contact data and who changed that last, and the
 * size of its personnel list and accounts.
 */
public record UnitInfo(String name, String orgCode, UnitContact contact, String updatedBy, LocalDateTime updatedAt,
                       long personnelCount, long accountCount) implements Serializable {

    @Override
    public UnitContact contact() {
        return contact.copy();
    }
}
