package cn.zhicheng.application.form;

import java.time.LocalDate;

/** 工作经历 (WorkExperience): one row of the form, as the screen edits it. */
public class WorkExperienceRow extends FormListRow {

    private static final long serialVersionUID = 1L;

    private LocalDate startDate;
    private LocalDate endDate;
    private String workplace;
    private String post;
    private String mainContent;
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
