package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDate;

import cn.zhicheng.domain.model.catalogue.TitleLevel;

/** One pool member as the office's list shows it (专家库); {@code active}: in office today with an enabled account. */
public record ExpertView(long id, long committeeId, String committeeName, String name, String username,
                         String unitName, String unitOrgCode, String specialty, TitleLevel titleLevel,
                         LocalDate termStart, LocalDate termEnd, boolean active) implements Serializable {
}
