package cn.zhicheng.domain.model.application.form;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One row of 国内外进修情况 (optional list).
 */
@Entity
@Table(name = "form_further_study")
public class FurtherStudy extends FormRow {

    /** 开始时间：填写该条时必填. */
    @Column(name = "start_date")
    private LocalDate startDate;

    /** 结束时间：填写该条时必填；不早于开始时间. */
    @Column(name = "end_date")
    private LocalDate endDate;

    /** 进修学校(单位)：填写该条时必填. */
    @Column(name = "institution", length = 200)
    private String institution;

    /** 国家(地区)：选填. */
    @Column(name = "country_or_region", length = 100)
    private String countryOrRegion;

    /** 进修内容：填写该条时必填；不超过200字. */
    @Column(name = "content", length = 1000)
    private String content;

    protected FurtherStudy() {
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
        copyFrom((FurtherStudy) values);
    }

    void copyFrom(FurtherStudy other) {
        this.startDate = other.startDate;
        this.endDate = other.endDate;
        this.institution = other.institution;
        this.countryOrRegion = other.countryOrRegion;
        this.content = other.content;
    }

    /** 开始时间. */
    public LocalDate getStartDate() {
        return startDate;
    }

    /** 结束时间. */
    public LocalDate getEndDate() {
        return endDate;
    }

    /** 进修学校(单位). */
    public String getInstitution() {
        return institution;
    }

    /** 国家(地区). */
    public String getCountryOrRegion() {
        return countryOrRegion;
    }

    /** 进修内容. */
    public String getContent() {
        return content;
    }

    /** Collects the fields of a {@link FurtherStudy}; a draft may leave any of them empty. */
    public static final class Builder {

        private final FurtherStudy draft = new FurtherStudy();

        private Builder() {
        }

        /** 开始时间. */
        public Builder startDate(LocalDate value) {
            draft.startDate = value;
            return this;
        }

        /** 结束时间. */
        public Builder endDate(LocalDate value) {
            draft.endDate = value;
            return this;
        }

        /** 进修学校(单位). */
        public Builder institution(String value) {
            draft.institution = value;
            return this;
        }

        /** 国家(地区). */
        public Builder countryOrRegion(String value) {
            draft.countryOrRegion = value;
            return this;
        }

        /** 进修内容. */
        public Builder content(String value) {
            draft.content = value;
            return this;
        }

        public FurtherStudy build() {
            FurtherStudy built = new FurtherStudy();
            built.copyFrom(draft);
            return built;
        }
    }
}
