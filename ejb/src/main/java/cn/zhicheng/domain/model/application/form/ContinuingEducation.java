package cn.zhicheng.domain.model.application.form;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One row of 完成继续教育任务情况. Only records from 1 January of the review year count (粤人社办〔2018〕227号).
 */
@Entity
@Table(name = "form_continuing_education")
public class ContinuingEducation extends FormRow {

    /** 开始时间：必填；至少一条不早于评委会年度继续教育起算日. */
    @Column(name = "start_date")
    private LocalDate startDate;

    /** 结束时间：必填；不早于开始时间. */
    @Column(name = "end_date")
    private LocalDate endDate;

    /** 培训项目(内容)：必填. */
    @Column(name = "course_name", length = 200)
    private String courseName;

    /** 主办单位：必填. */
    @Column(name = "organiser", length = 200)
    private String organiser;

    /** 学时：必填；大于0. */
    @Column(name = "hours")
    private Integer hours;

    protected ContinuingEducation() {
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
        copyFrom((ContinuingEducation) values);
    }

    void copyFrom(ContinuingEducation other) {
        this.startDate = other.startDate;
        this.endDate = other.endDate;
        this.courseName = other.courseName;
        this.organiser = other.organiser;
        this.hours = other.hours;
    }

    /** 开始时间. */
    public LocalDate getStartDate() {
        return startDate;
    }

    /** 结束时间. */
    public LocalDate getEndDate() {
        return endDate;
    }

    /** 培训项目(内容). */
    public String getCourseName() {
        return courseName;
    }

    /** 主办单位. */
    public String getOrganiser() {
        return organiser;
    }

    /** 学时. */
    public Integer getHours() {
        return hours;
    }

    /** Collects the fields of a {@link ContinuingEducation}; a draft may leave any of them empty. */
    public static final class Builder {

        private final ContinuingEducation draft = new ContinuingEducation();

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

        /** 培训项目(内容). */
        public Builder courseName(String value) {
            draft.courseName = value;
            return this;
        }

        /** 主办单位. */
        public Builder organiser(String value) {
            draft.organiser = value;
            return this;
        }

        /** 学时. */
        public Builder hours(Integer value) {
            draft.hours = value;
            return this;
        }

        public ContinuingEducation build() {
            ContinuingEducation built = new ContinuingEducation();
            built.copyFrom(draft);
            return built;
        }
    }
}
