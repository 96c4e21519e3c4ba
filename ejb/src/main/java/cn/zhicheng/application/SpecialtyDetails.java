package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDateTime;

import cn.zhicheng.domain.model.catalogue.ExamMode;
import cn.zhicheng.domain.model.catalogue.TitleLevel;

/**
 * A chosen 评审的资格专业 and what follows from it: its title, level and series, the 评委会 and its 日常工作部门, the
 * 考评方式, and the current 评委会年度 (申报开始时间, 申报结束时间, 相关公告).
 */
public record SpecialtyDetails(Long specialtyId, String specialtyName, Long titleId, String titleName, TitleLevel level,
                               Long seriesId, String seriesName, Long committeeId, String committeeName,
                               Long officeId, String officeName, ExamMode examMode, int reviewYear,
                               LocalDateTime applicationStart, LocalDateTime applicationEnd,
                               String announcementUrl) implements Serializable {

    public String levelLabel() {
        return level.label();
    }

    public String examModeLabel() {
        return examMode.label();
    }

    /** Whether 专业实践能力考试成绩 must be filled in (以考代评, 考评结合). */
    public boolean examRequired() {
        return examMode.requiresExamResult();
    }
}
