package cn.zhicheng.application.form;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** 工作经历 (WorkExperience): one row of the form, as the screen edits it. */
public class WorkExperienceRow extends FormListRow {

    private static final long serialVersionUID = 1L;

    private LocalDate startDate;
    private LocalDate endDate;
    @Size(max = 300, message = "在何地、何单位(部门)从事何工作不能超过300个字。")
    private String workplace;
    @Size(max = 100, message = "任何职不能超过100个字。")
    private String post;
    @Size(max = 1000, message = "主要专业技术工作内容不能超过1000个字。")
    private String mainContent;
    @Size(max = 50, message = "证明人不能超过50个字。")
    private String witness;

    public WorkExperienceRow() {
    }

    @Override
    public FormList list() {
        return FormList.WORK_EXPERIENCE;
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

    /** 在何地、何单位(部门)从事何工作. */
    public String getWorkplace() {
        return workplace;
    }

    public void setWorkplace(String workplace) {
        this.workplace = workplace;
    }

    /** 任何职. */
    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    /** 主要专业技术工作内容. */
    public String getMainContent() {
        return mainContent;
    }

    public void setMainContent(String mainContent) {
        this.mainContent = mainContent;
    }

    /** 证明人. */
    public String getWitness() {
        return witness;
    }

    public void setWitness(String witness) {
        this.witness = witness;
    }
}
