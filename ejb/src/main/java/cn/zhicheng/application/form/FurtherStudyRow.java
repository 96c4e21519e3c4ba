package cn.zhicheng.application.form;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** 国内外进修情况 (FurtherStudy): one row of the form, as the screen edits it. */
public class FurtherStudyRow extends FormListRow {

    private static final long serialVersionUID = 1L;

    private LocalDate startDate;
    private LocalDate endDate;
    @Size(max = 200, message = "进修学校(单位)不能超过200个字。")
    private String institution;
    @Size(max = 100, message = "国家(地区)不能超过100个字。")
    private String countryOrRegion;
    @Size(max = 1000, message = "进修内容不能超过1000个字。")
    private String content;

    public FurtherStudyRow() {
    }

    @Override
    public FormList list() {
        return FormList.FURTHER_STUDY;
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

    /** 进修学校(单位). */
    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    /** 国家(地区). */
    public String getCountryOrRegion() {
        return countryOrRegion;
    }

    public void setCountryOrRegion(String countryOrRegion) {
        this.countryOrRegion = countryOrRegion;
    }

    /** 进修内容. */
    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }
}
