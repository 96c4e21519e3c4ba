package cn.zhicheng.domain.model.application.form;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One row of 教育经历. 学历证书编号 + 获取 fills the row from the education registry; every field stays editable.
 */
@Entity
@Table(name = "form_education")
public class Education extends FormRow {

    /** 学历证书编号：必填（不是学位证书编号）. */
    @Column(name = "certificate_no", length = 50)
    private String certificateNo;

    /** 毕业学校：必填. */
    @Column(name = "school", length = 200)
    private String school;

    /** 入学时间：必填. */
    @Column(name = "enrolment_date")
    private LocalDate enrolmentDate;

    /** 毕业时间：必填；不早于入学时间. */
    @Column(name = "graduation_date")
    private LocalDate graduationDate;

    /** 学位名称：必填（无学位选“无”）. */
    @Enumerated(EnumType.STRING)
    @Column(name = "degree", length = 20)
    private Degree degree;

    /** 专业名称：必填. */
    @Column(name = "major_name", length = 100)
    private String majorName;

    /** 学历层次：必填（比较学历时技工院校按等同学历计）. */
    @Enumerated(EnumType.STRING)
    @Column(name = "education_level", length = 40)
    private EducationLevel level;

    /** 学习形式：必填. */
    @Enumerated(EnumType.STRING)
    @Column(name = "study_mode", length = 30)
    private StudyMode studyMode;

    /** 学历取得地区：必填. */
    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = 30)
    private EducationRegion region;

    /** 是否以该学历申请职称评审：考核认定时有且仅有一条为“是”. */
    @Column(name = "used_for_application")
    private Boolean usedForApplication;

    protected Education() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this value, to change a few fields. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.draft.copyFrom(this);
        return builder;
    }

    @Override
    void copyValuesFrom(FormRow values) {
        copyFrom((Education) values);
    }

    void copyFrom(Education other) {
        this.certificateNo = other.certificateNo;
        this.school = other.school;
        this.enrolmentDate = other.enrolmentDate;
        this.graduationDate = other.graduationDate;
        this.degree = other.degree;
        this.majorName = other.majorName;
        this.level = other.level;
        this.studyMode = other.studyMode;
        this.region = other.region;
        this.usedForApplication = other.usedForApplication;
    }

    /** 学历证书编号. */
    public String getCertificateNo() {
        return certificateNo;
    }

    /** 毕业学校. */
    public String getSchool() {
        return school;
    }

    /** 入学时间. */
    public LocalDate getEnrolmentDate() {
        return enrolmentDate;
    }

    /** 毕业时间. */
    public LocalDate getGraduationDate() {
        return graduationDate;
    }

    /** 学位名称. */
    public Degree getDegree() {
        return degree;
    }

    /** 专业名称. */
    public String getMajorName() {
        return majorName;
    }

    /** 学历层次. */
    public EducationLevel getLevel() {
        return level;
    }

    /** 学习形式. */
    public StudyMode getStudyMode() {
        return studyMode;
    }

    /** 学历取得地区. */
    public EducationRegion getRegion() {
        return region;
    }

    /** 是否以该学历申请职称评审. */
    public Boolean getUsedForApplication() {
        return usedForApplication;
    }

    /** Collects the fields of a {@link Education}; a draft may leave any of them empty. */
    public static final class Builder {

        private final Education draft = new Education();

        private Builder() {
        }

        /** 学历证书编号. */
        public Builder certificateNo(String value) {
            draft.certificateNo = value;
            return this;
        }

        /** 毕业学校. */
        public Builder school(String value) {
            draft.school = value;
            return this;
        }

        /** 入学时间. */
        public Builder enrolmentDate(LocalDate value) {
            draft.enrolmentDate = value;
            return this;
        }

        /** 毕业时间. */
        public Builder graduationDate(LocalDate value) {
            draft.graduationDate = value;
            return this;
        }

        /** 学位名称. */
        public Builder degree(Degree value) {
            draft.degree = value;
            return this;
        }

        /** 专业名称. */
        public Builder majorName(String value) {
            draft.majorName = value;
            return this;
        }

        /** 学历层次. */
        public Builder level(EducationLevel value) {
            draft.level = value;
            return this;
        }

        /** 学习形式. */
        public Builder studyMode(StudyMode value) {
            draft.studyMode = value;
            return this;
        }

        /** 学历取得地区. */
        public Builder region(EducationRegion value) {
            draft.region = value;
            return this;
        }

        /** 是否以该学历申请职称评审. */
        public Builder usedForApplication(Boolean value) {
            draft.usedForApplication = value;
            return this;
        }

        public Education build() {
            Education built = new Education();
            built.copyFrom(draft);
            return built;
        }
    }
}
