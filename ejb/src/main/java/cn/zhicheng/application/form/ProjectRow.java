package cn.zhicheng.application.form;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import cn.zhicheng.domain.model.application.form.AchievementLevel;
import cn.zhicheng.domain.model.application.form.CompletionStatus;
import cn.zhicheng.domain.model.application.form.ProjectCategory;
import cn.zhicheng.domain.model.application.form.ProjectRole;

/** 业绩成果-项目情况 (ProjectAchievement): one row of the form, as the screen edits it. */
public class ProjectRow extends FormListRow {

    private static final long serialVersionUID = 1L;

    private ProjectCategory category;
    @Size(max = 200, message = "项目名称不能超过200个字。")
    private String name;
    private AchievementLevel level;
    private ProjectRole role;
    private LocalDate startDate;
    private LocalDate endDate;
    private CompletionStatus status;
    private Boolean representative;
    @Size(max = 1000, message = "项目简介不能超过1000个字。")
    private String summary;
    @Size(max = 200, message = "课题来源(下达单位)不能超过200个字。")
    private String source;
    @Size(max = 100, message = "课题编号不能超过100个字。")
    private String projectNo;

    public ProjectRow() {
    }

    @Override
    public FormList list() {
        return FormList.PROJECT;
    }

    /** 业绩类别. */
    public ProjectCategory getCategory() {
        return category;
    }

    public void setCategory(ProjectCategory category) {
        this.category = category;
    }

    /** 项目名称. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** 项目级别(含校级). */
    public AchievementLevel getLevel() {
        return level;
    }

    public void setLevel(AchievementLevel level) {
        this.level = level;
    }

    /** 项目角色. */
    public ProjectRole getRole() {
        return role;
    }

    public void setRole(ProjectRole role) {
        this.role = role;
    }

    /** 开始时间. */
    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    /** 结束时间. */
    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    /** 项目完成状态. */
    public CompletionStatus getStatus() {
        return status;
    }

    public void setStatus(CompletionStatus status) {
        this.status = status;
    }

    /** 是否代表作. */
    public Boolean getRepresentative() {
        return representative;
    }

    public void setRepresentative(Boolean representative) {
        this.representative = representative;
    }

    /** 项目简介. */
    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    /** 课题来源(下达单位). */
    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    /** 课题编号. */
    public String getProjectNo() {
        return projectNo;
    }

    public void setProjectNo(String projectNo) {
        this.projectNo = projectNo;
    }
}
