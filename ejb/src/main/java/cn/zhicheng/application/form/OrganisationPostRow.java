package cn.zhicheng.application.form;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** 专业行业组织职务 (OrganisationPost): one row of the form, as the screen edits it. */
public class OrganisationPostRow extends FormListRow {

    private static final long serialVersionUID = 1L;

    private LocalDate startDate;
    private LocalDate endDate;
    @Size(max = 200, message = "组织名称不能超过200个字。")
    private String organisationName;
    @Size(max = 100, message = "任何职务不能超过100个字。")
    private String post;

    public OrganisationPostRow() {
    }

    @Override
    public FormList list() {
        return FormList.ORGANISATION_POST;
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

    /** 组织名称. */
    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    /** 任何职务. */
    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }
}
