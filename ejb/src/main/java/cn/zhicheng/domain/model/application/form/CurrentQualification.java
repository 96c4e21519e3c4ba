package cn.zhicheng.domain.model.application.form;

import java.time.LocalDate;

import cn.zhicheng.domain.model.catalogue.TitleLevel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * 现专业技术资格职务信息. 现从事专业(学科) and 从事本专业或相近专业工作累计(年) are always required; the other
 * fields describe the 职业资格 or 职称 chosen as 现资格类型 and are required once a type is chosen. The
 * labels differ by type (现职业资格名称 / 现职称名称, 现职业资格对应的职称系列 / 现职称系列, ...); the column is shared.
 */
@Embeddable
public class CurrentQualification {

    /** 现资格类型：选填；选择后本类型各项必填. */
    @Enumerated(EnumType.STRING)
    @Column(name = "current_qualification_type", length = 30)
    private QualificationType qualificationType;

    /** 现职业资格名称 / 现职称名称：选择现资格类型后必填. */
    @Column(name = "current_qualification_name", length = 100)
    private String qualificationName;

    /** 现职业资格对应的职称系列 / 现职称系列：选择现资格类型后必填. */
    @Column(name = "current_series", length = 100)
    private String seriesName;

    /** 现职业资格对应的职称级别 / 现职称级别：选择现资格类型后必填. */
    @Enumerated(EnumType.STRING)
    @Column(name = "current_level", length = 20)
    private TitleLevel level;

    /** 取得时间：选择现资格类型后必填. */
    @Column(name = "current_obtained_date")
    private LocalDate obtainedDate;

    /** 现资格取得方式：选择现资格类型后必填. */
    @Enumerated(EnumType.STRING)
    @Column(name = "current_obtain_mode", length = 30)
    private ObtainMode obtainMode;

    /** 现资格证书发证单位：选择现资格类型后必填. */
    @Column(name = "current_issuer", length = 200)
    private String issuer;

    /** 现任何职务：选择现资格类型后必填. */
    @Column(name = "current_post", length = 100)
    private String currentPost;

    /** 聘现专业技术职务时间(年月日)：选择现资格类型后必填；转系列(专业)申报时须早于资历计算截止时间至少1年. */
    @Column(name = "current_hired_date")
    private LocalDate hiredDate;

    /** 是否属省外取得职称：选择现资格类型后必填. */
    @Column(name = "current_outside_province")
    private Boolean outsideProvince;

    /** 现从事专业(学科)：必填. */
    @Column(name = "current_specialty", length = 100)
    private String practisedSpecialty;

    /** 从事本专业或相近专业工作累计(年)：必填；0–60. */
    @Column(name = "years_in_specialty")
    private Integer yearsInSpecialty;

    protected CurrentQualification() {
    }

    public boolean hasQualification() {
        return qualificationType != null;
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

    void copyFrom(CurrentQualification other) {
        this.qualificationType = other.qualificationType;
        this.qualificationName = other.qualificationName;
        this.seriesName = other.seriesName;
        this.level = other.level;
        this.obtainedDate = other.obtainedDate;
        this.obtainMode = other.obtainMode;
        this.issuer = other.issuer;
        this.currentPost = other.currentPost;
        this.hiredDate = other.hiredDate;
        this.outsideProvince = other.outsideProvince;
        this.practisedSpecialty = other.practisedSpecialty;
        this.yearsInSpecialty = other.yearsInSpecialty;
    }

    /** 现资格类型. */
    public QualificationType getQualificationType() {
        return qualificationType;
    }

    /** 现职业资格名称 / 现职称名称. */
    public String getQualificationName() {
        return qualificationName;
    }

    /** 现职业资格对应的职称系列 / 现职称系列. */
    public String getSeriesName() {
        return seriesName;
    }

    /** 现职业资格对应的职称级别 / 现职称级别. */
    public TitleLevel getLevel() {
        return level;
    }

    /** 取得时间. */
    public LocalDate getObtainedDate() {
        return obtainedDate;
    }

    /** 现资格取得方式. */
    public ObtainMode getObtainMode() {
        return obtainMode;
    }

    /** 现资格证书发证单位. */
    public String getIssuer() {
        return issuer;
    }

    /** 现任何职务. */
    public String getCurrentPost() {
        return currentPost;
    }

    /** 聘现专业技术职务时间(年月日). */
    public LocalDate getHiredDate() {
        return hiredDate;
    }

    /** 是否属省外取得职称. */
    public Boolean getOutsideProvince() {
        return outsideProvince;
    }

    /** 现从事专业(学科). */
    public String getPractisedSpecialty() {
        return practisedSpecialty;
    }

    /** 从事本专业或相近专业工作累计(年). */
    public Integer getYearsInSpecialty() {
        return yearsInSpecialty;
    }

    /** Collects the fields of a {@link CurrentQualification}; a draft may leave any of them empty. */
    public static final class Builder {

        private final CurrentQualification draft = new CurrentQualification();

        private Builder() {
        }

        /** 现资格类型. */
        public Builder qualificationType(QualificationType value) {
            draft.qualificationType = value;
            return this;
        }

        /** 现职业资格名称 / 现职称名称. */
        public Builder qualificationName(String value) {
            draft.qualificationName = value;
            return this;
        }

        /** 现职业资格对应的职称系列 / 现职称系列. */
        public Builder seriesName(String value) {
            draft.seriesName = value;
            return this;
        }

        /** 现职业资格对应的职称级别 / 现职称级别. */
        public Builder level(TitleLevel value) {
            draft.level = value;
            return this;
        }

        /** 取得时间. */
        public Builder obtainedDate(LocalDate value) {
            draft.obtainedDate = value;
            return this;
        }

        /** 现资格取得方式. */
        public Builder obtainMode(ObtainMode value) {
            draft.obtainMode = value;
            return this;
        }

        /** 现资格证书发证单位. */
        public Builder issuer(String value) {
            draft.issuer = value;
            return this;
        }

        /** 现任何职务. */
        public Builder currentPost(String value) {
            draft.currentPost = value;
            return this;
        }

        /** 聘现专业技术职务时间(年月日). */
        public Builder hiredDate(LocalDate value) {
            draft.hiredDate = value;
            return this;
        }

        /** 是否属省外取得职称. */
        public Builder outsideProvince(Boolean value) {
            draft.outsideProvince = value;
            return this;
        }

        /** 现从事专业(学科). */
        public Builder practisedSpecialty(String value) {
            draft.practisedSpecialty = value;
            return this;
        }

        /** 从事本专业或相近专业工作累计(年). */
        public Builder yearsInSpecialty(Integer value) {
            draft.yearsInSpecialty = value;
            return this;
        }

        public CurrentQualification build() {
            CurrentQualification built = new CurrentQualification();
            built.copyFrom(draft);
            return built;
        }
    }
}
