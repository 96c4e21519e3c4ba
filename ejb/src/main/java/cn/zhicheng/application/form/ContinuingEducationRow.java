package cn.zhicheng.application.form;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** 完成继续教育任务情况 (ContinuingEducation): one row of the form, as the screen edits it. */
public class ContinuingEducationRow extends FormListRow {

    private static final long serialVersionUID = 1L;

    private LocalDate startDate;
    private LocalDate endDate;
    @Size(max = 200, message = "培训项目(内容)不能超过200个字。")
    private String courseName;
    @Size(max = 200, message = "主办单位不能超过200个字。")
    private String organiser;
    private Integer hours;

    public ContinuingEducationRow() {
    }

    @Override
    public FormList list() {
        return FormList.CONTINUING_EDUCATION;
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

    /** 培训项目(内容). */
    public String getCourseName() {
        return courseName;
    }

    public void setCourseName(String courseName) {
        this.courseName = courseName;
    }

    /** 主办单位. */
    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    /** 学时. */
    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }
}
