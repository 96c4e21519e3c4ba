package cn.zhicheng.domain.model.application.form;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One row of 业绩成果-项目情况. 业绩类别 专业技术工作项目 or 课题项目; a 课题项目 also names its 课题来源.
 */
@Entity
@Table(name = "form_project")
public class ProjectAchievement extends FormRow implements Achievement {

    /** 业绩类别：必填. */
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 30)
    private ProjectCategory category;

    /** 项目名称：必填. */
    @Column(name = "project_name", length = 200)
    private String name;

    /** 项目级别(含校级)：选填. */
    @Enumerated(EnumType.STRING)
    @Column(name = "project_level", length = 30)
    private AchievementLevel level;

    /** 项目角色：必填. */
    @Enumerated(EnumType.STRING)
    @Column(name = "project_role", length = 30)
    private ProjectRole role;

    /** 开始时间：必填；不晚于材料时效截止日. */
    @Column(name = "start_date")
    private LocalDate startDate;

    /** 结束时间：必填；不早于开始时间；已结题的不晚于材料时效截止日. */
    @Column(name = "end_date")
    private LocalDate endDate;

    /** 项目完成状态：必填. */
    @Enumerated(EnumType.STRING)
    @Column(name = "completion_status", length = 20)
    private CompletionStatus status;

    /** 是否代表作：必填；每大项代表作最多3项. */
    @Column(name = "representative")
    private Boolean representative;

    /** 项目简介：必填；不超过200字. */
    @Column(name = "summary", length = 1000)
    private String summary;

    /** 课题来源(下达单位)：课题项目必填. */
    @Column(name = "project_source", length = 200)
    private String source;

    /** 课题编号：选填（课题项目）. */
    @Column(name = "project_no", length = 100)
    private String projectNo;

    protected ProjectAchievement() {
    }

    @Override
    public boolean isRepresentativeWork() {
        return Boolean.TRUE.equals(representative);
    }

    /** A finished project counts from its 结束时间 (结题), a running one from its 开始时间. */
    @Override
    public LocalDate achievementDate() {
        return status == CompletionStatus.COMPLETED && endDate != null ? endDate : startDate;
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
        copyFrom((ProjectAchievement) values);
    }

    void copyFrom(ProjectAchievement other) {
        this.category = other.category;
        this.name = other.name;
        this.level = other.level;
        this.role = other.role;
        this.startDate = other.startDate;
        this.endDate = other.endDate;
        this.status = other.status;
        this.representative = other.representative;
        this.summary = other.summary;
        this.source = other.source;
        this.projectNo = other.projectNo;
    }

    /** 业绩类别. */
    public ProjectCategory getCategory() {
        return category;
    }

    /** 项目名称. */
    public String getName() {
        return name;
    }

    /** 项目级别(含校级). */
    public AchievementLevel getLevel() {
        return level;
    }

    /** 项目角色. */
    public ProjectRole getRole() {
        return role;
    }

    /** 开始时间. */
    public LocalDate getStartDate() {
        return startDate;
    }

    /** 结束时间. */
    public LocalDate getEndDate() {
        return endDate;
    }

    /** 项目完成状态. */
    public CompletionStatus getStatus() {
        return status;
    }

    /** 是否代表作. */
    public Boolean getRepresentative() {
        return representative;
    }

    /** 项目简介. */
    public String getSummary() {
        return summary;
    }

    /** 课题来源(下达单位). */
    public String getSource() {
        return source;
    }

    /** 课题编号. */
    public String getProjectNo() {
        return projectNo;
    }

    /** Collects the fields of a {@link ProjectAchievement}; a draft may leave any of them empty. */
    public static final class Builder {

        private final ProjectAchievement draft = new ProjectAchievement();

        private Builder() {
        }

        /** 业绩类别. */
        public Builder category(ProjectCategory value) {
            draft.category = value;
            return this;
        }

        /** 项目名称. */
        public Builder name(String value) {
            draft.name = value;
            return this;
        }

        /** 项目级别(含校级). */
        public Builder level(AchievementLevel value) {
            draft.level = value;
            return this;
        }

        /** 项目角色. */
        public Builder role(ProjectRole value) {
            draft.role = value;
            return this;
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

        /** 项目完成状态. */
        public Builder status(CompletionStatus value) {
            draft.status = value;
            return this;
        }

        /** 是否代表作. */
        public Builder representative(Boolean value) {
            draft.representative = value;
            return this;
        }

        /** 项目简介. */
        public Builder summary(String value) {
            draft.summary = value;
            return this;
        }

        /** 课题来源(下达单位). */
        public Builder source(String value) {
            draft.source = value;
            return this;
        }

        /** 课题编号. */
        public Builder projectNo(String value) {
            draft.projectNo = value;
            return this;
        }

        public ProjectAchievement build() {
            ProjectAchievement built = new ProjectAchievement();
            built.copyFrom(draft);
            return built;
        }
    }
}
