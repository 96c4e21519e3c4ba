package cn.zhicheng.application.form;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import cn.zhicheng.domain.model.application.form.ObtainMode;
import cn.zhicheng.domain.model.application.form.QualificationType;
import cn.zhicheng.domain.model.catalogue.TitleLevel;

/** 现专业技术资格职务信息 (CurrentQualification): one section of the form, as the screen edits it. */
public class CurrentQualificationSection extends FormSection {

    private static final long serialVersionUID = 1L;

    private QualificationType qualificationType;
    @Size(max = 100, message = "现职业资格名称 / 现职称名称不能超过100个字。")
    private String qualificationName;
    @Size(max = 100, message = "现职业资格对应的职称系列 / 现职称系列不能超过100个字。")
    private String seriesName;
    private TitleLevel level;
    private LocalDate obtainedDate;
    private ObtainMode obtainMode;
    @Size(max = 200, message = "现资格证书发证单位不能超过200个字。")
    private String issuer;
    @Size(max = 100, message = "现任何职务不能超过100个字。")
    private String currentPost;
    private LocalDate hiredDate;
    private Boolean outsideProvince;
    @Size(max = 100, message = "现从事专业(学科)不能超过100个字。")
    private String practisedSpecialty;
    private Integer yearsInSpecialty;

    public CurrentQualificationSection() {
    }

    @Override
    public String label() {
        return "现专业技术资格职务信息";
    }

    /** 现资格类型. */
    public QualificationType getQualificationType() {
        return qualificationType;
    }

    public void setQualificationType(QualificationType qualificationType) {
        this.qualificationType = qualificationType;
    }

    /** 现职业资格名称 / 现职称名称. */
    public String getQualificationName() {
        return qualificationName;
    }

    public void setQualificationName(String qualificationName) {
        this.qualificationName = qualificationName;
    }

    /** 现职业资格对应的职称系列 / 现职称系列. */
    public String getSeriesName() {
        return seriesName;
    }

    public void setSeriesName(String seriesName) {
        this.seriesName = seriesName;
    }

    /** 现职业资格对应的职称级别 / 现职称级别. */
    public TitleLevel getLevel() {
        return level;
    }

    public void setLevel(TitleLevel level) {
        this.level = level;
    }

    /** 取得时间. */
    public LocalDate getObtainedDate() {
        return obtainedDate;
    }

    public void setObtainedDate(LocalDate obtainedDate) {
        this.obtainedDate = obtainedDate;
    }

    /** 现资格取得方式. */
    public ObtainMode getObtainMode() {
        return obtainMode;
    }

    public void setObtainMode(ObtainMode obtainMode) {
        this.obtainMode = obtainMode;
    }

    /** 现资格证书发证单位. */
    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    /** 现任何职务. */
    public String getCurrentPost() {
        return currentPost;
    }

    public void setCurrentPost(String currentPost) {
        this.currentPost = currentPost;
    }

    /** 聘现专业技术职务时间(年月日). */
    public LocalDate getHiredDate() {
        return hiredDate;
    }

    public void setHiredDate(LocalDate hiredDate) {
        this.hiredDate = hiredDate;
    }

    /** 是否属省外取得职称. */
    public Boolean getOutsideProvince() {
        return outsideProvince;
    }

    public void setOutsideProvince(Boolean outsideProvince) {
        this.outsideProvince = outsideProvince;
    }

    /** 现从事专业(学科). */
    public String getPractisedSpecialty() {
        return practisedSpecialty;
    }

    public void setPractisedSpecialty(String practisedSpecialty) {
        this.practisedSpecialty = practisedSpecialty;
    }

    /** 从事本专业或相近专业工作累计(年). */
    public Integer getYearsInSpecialty() {
        return yearsInSpecialty;
    }

    public void setYearsInSpecialty(Integer yearsInSpecialty) {
        this.yearsInSpecialty = yearsInSpecialty;
    }
}
