package cn.zhicheng.domain.model.application.form;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One row of 专业行业组织职务 (optional list).
 */
@Entity
@Table(name = "form_organisation_post")
public class OrganisationPost extends FormRow {

    /** 开始时间：填写该条时必填. */
    @Column(name = "start_date")
    private LocalDate startDate;

    /** 结束时间：不早于开始时间. */
    @Column(name = "end_date")
    private LocalDate endDate;

    /** 组织名称：填写该条时必填. */
    @Column(name = "organisation_name", length = 200)
    private String organisationName;

    /** 任何职务：填写该条时必填. */
    @Column(name = "post", length = 100)
    private String post;

    protected OrganisationPost() {
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
        copyFrom((OrganisationPost) values);
    }

    void copyFrom(OrganisationPost other) {
        this.startDate = other.startDate;
        this.endDate = other.endDate;
        this.organisationName = other.organisationName;
        this.post = other.post;
    }

    /** 开始时间. */
    public LocalDate getStartDate() {
        return startDate;
    }

    /** 结束时间. */
    public LocalDate getEndDate() {
        return endDate;
    }

    /** 组织名称. */
    public String getOrganisationName() {
        return organisationName;
    }

    /** 任何职务. */
    public String getPost() {
        return post;
    }

    /** Collects the fields of a {@link OrganisationPost}; a draft may leave any of them empty. */
    public static final class Builder {

        private final OrganisationPost draft = new OrganisationPost();

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

        /** 组织名称. */
        public Builder organisationName(String value) {
            draft.organisationName = value;
            return this;
        }

        /** 任何职务. */
        public Builder post(String value) {
            draft.post = value;
            return this;
        }

        public OrganisationPost build() {
            OrganisationPost built = new OrganisationPost();
            built.copyFrom(draft);
            return built;
        }
    }
}
