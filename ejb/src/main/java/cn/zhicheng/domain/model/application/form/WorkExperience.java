package cn.zhicheng.domain.model.application.form;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One row of 工作经历, from the first job on; important part-time posts too. Periods should join up.
 */
@Entity
@Table(name = "form_work_experience")
public class WorkExperience extends FormRow {

    /** 开始时间：必填. */
    @Column(name = "start_date")
    private LocalDate startDate;

    /** 结束时间：选填（空为至今）；不早于开始时间；时间段不衔接时提示（不阻止提交）. */
    @Column(name = "end_date")
    private LocalDate endDate;

    /** 在何地、何单位(部门)从事何工作：必填. */
    @Column(name = "workplace", length = 300)
    private String workplace;

    /** 任何职：必填. */
    @Column(name = "post", length = 100)
    private String post;

    /** 主要专业技术工作内容：不超过200字. */
    @Column(name = "main_content", length = 1000)
    private String mainContent;

    /** 证明人：必填. */
    @Column(name = "witness", length = 50)
    private String witness;

    protected WorkExperience() {
    }

    /** Whether the period is still running (no 结束时间). */
    public boolean isOngoing() {
        return endDate == null;
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
        copyFrom((WorkExperience) values);
    }

    void copyFrom(WorkExperience other) {
        this.startDate = other.startDate;
        this.endDate = other.endDate;
        this.workplace = other.workplace;
        this.post = other.post;
        this.mainContent = other.mainContent;
        this.witness = other.witness;
    }

    /** 开始时间. */
    public LocalDate getStartDate() {
        return startDate;
    }

    /** 结束时间. */
    public LocalDate getEndDate() {
        return endDate;
    }

    /** 在何地、何单位(部门)从事何工作. */
    public String getWorkplace() {
        return workplace;
    }

    /** 任何职. */
    public String getPost() {
        return post;
    }

    /** 主要专业技术工作内容. */
    public String getMainContent() {
        return mainContent;
    }

    /** 证明人. */
    public String getWitness() {
        return witness;
    }

    /** Collects the fields of a {@link WorkExperience}; a draft may leave any of them empty. */
    public static final class Builder {

        private final WorkExperience draft = new WorkExperience();

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

        /** 在何地、何单位(部门)从事何工作. */
        public Builder workplace(String value) {
            draft.workplace = value;
            return this;
        }

        /** 任何职. */
        public Builder post(String value) {
            draft.post = value;
            return this;
        }

        /** 主要专业技术工作内容. */
        public Builder mainContent(String value) {
            draft.mainContent = value;
            return this;
        }

        /** 证明人. */
        public Builder witness(String value) {
            draft.witness = value;
            return this;
        }

        public WorkExperience build() {
            WorkExperience built = new WorkExperience();
            built.copyFrom(draft);
            return built;
        }
    }
}
