package cn.zhicheng.application.form;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import cn.zhicheng.domain.model.application.form.Degree;
import cn.zhicheng.domain.model.application.form.EducationLevel;
import cn.zhicheng.domain.model.application.form.EducationRegion;
import cn.zhicheng.domain.model.application.form.StudyMode;

/** 教育经历 (Education): one row of the form, as the screen edits it. */
public class EducationRow extends FormListRow {

    private static final long serialVersionUID = 1L;

    @Size(max = 50, message = "学历证书编号不能超过50个字。")
    private String certificateNo;
    @Size(max = 200, message = "毕业学校不能超过200个字。")
    private String school;
    private LocalDate enrolmentDate;
    private LocalDate graduationDate;
    private Degree degree;
    @Size(max = 100, message = "专业名称不能超过100个字。")
    private String majorName;
    private EducationLevel level;
    private StudyMode studyMode;
    private EducationRegion region;
    private Boolean usedForApplication;

    public EducationRow() {
    }

    @Override
    public FormList list() {
        return FormList.EDUCATION;
    }

    /** 学历证书编号. */
    public String getCertificateNo() {
        return certificateNo;
    }

    public void setCertificateNo(String certificateNo) {
        this.certificateNo = certificateNo;
    }

    /** 毕业学校. */
    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    /** 入学时间. */
    public LocalDate getEnrolmentDate() {
        return enrolmentDate;
    }

    public void setEnrolmentDate(LocalDate enrolmentDate) {
        this.enrolmentDate = enrolmentDate;
    }

    /** 毕业时间. */
    public LocalDate getGraduationDate() {
        return graduationDate;
    }

    public void setGraduationDate(LocalDate graduationDate) {
        this.graduationDate = graduationDate;
    }

    /** 学位名称. */
    public Degree getDegree() {
        return degree;
    }

    public void setDegree(Degree degree) {
        this.degree = degree;
    }

    /** 专业名称. */
    public String getMajorName() {
        return majorName;
    }

    public void setMajorName(String majorName) {
        this.majorName = majorName;
    }

    /** 学历层次. */
    public EducationLevel getLevel() {
        return level;
    }

    public void setLevel(EducationLevel level) {
        this.level = level;
    }

    /** 学习形式. */
    public StudyMode getStudyMode() {
        return studyMode;
    }

    public void setStudyMode(StudyMode studyMode) {
        this.studyMode = studyMode;
    }

    /** 学历取得地区. */
    public EducationRegion getRegion() {
        return region;
    }

    public void setRegion(EducationRegion region) {
        this.region = region;
    }

    /** 是否以该学历申请职称评审. */
    public Boolean getUsedForApplication() {
        return usedForApplication;
    }

    public void setUsedForApplication(Boolean usedForApplication) {
        this.usedForApplication = usedForApplication;
    }
}
