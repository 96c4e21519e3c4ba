package cn.zhicheng.application.form;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import cn.zhicheng.domain.model.application.form.AchievementLevel;

/** 业绩成果-获奖情况 (AwardAchievement): one row of the form, as the screen edits it. */
public class AwardRow extends FormListRow {

    private static final long serialVersionUID = 1L;

    @Size(max = 200, message = "获奖项目名称不能超过200个字。")
    private String projectName;
    @Size(max = 200, message = "奖项名称不能超过200个字。")
    private String awardName;
    private AchievementLevel level;
    @Size(max = 50, message = "获奖等级不能超过50个字。")
    private String grade;
    private LocalDate awardDate;
    @Size(max = 200, message = "颁奖单位不能超过200个字。")
    private String issuer;
    private Integer rank;
    private Boolean representative;

    public AwardRow() {
    }

    @Override
    public FormList list() {
        return FormList.AWARD;
    }

    /** 获奖项目名称. */
    public String getProjectName() {
        return projectName;
    }

    public void setProjectName(String projectName) {
        this.projectName = projectName;
    }

    /** 奖项名称. */
    public String getAwardName() {
        return awardName;
    }

    public void setAwardName(String awardName) {
        this.awardName = awardName;
    }

    /** 获奖级别. */
    public AchievementLevel getLevel() {
        return level;
    }

    public void setLevel(AchievementLevel level) {
        this.level = level;
    }

    /** 获奖等级. */
    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    /** 获奖时间. */
    public LocalDate getAwardDate() {
        return awardDate;
    }

    public void setAwardDate(LocalDate awardDate) {
        this.awardDate = awardDate;
    }

    /** 颁奖单位. */
    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    /** 本人排名. */
    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
    }

    /** 是否代表作. */
    public Boolean getRepresentative() {
        return representative;
    }

    public void setRepresentative(Boolean representative) {
        this.representative = representative;
    }
}
