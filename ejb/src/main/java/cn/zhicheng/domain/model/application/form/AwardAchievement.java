package cn.zhicheng.domain.model.application.form;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One row of 业绩成果-获奖情况 (the one achievement kind without sub-types).
 */
@Entity
@Table(name = "form_award")
public class AwardAchievement extends FormRow implements Achievement {

    /** 获奖项目名称：必填. */
    @Column(name = "project_name", length = 200)
    private String projectName;

    /** 奖项名称：必填. */
    @Column(name = "award_name", length = 200)
    private String awardName;

    /** 获奖级别：必填. */
    @Enumerated(EnumType.STRING)
    @Column(name = "award_level", length = 30)
    private AchievementLevel level;

    /** 获奖等级：必填（如一等奖）. */
    @Column(name = "award_grade", length = 50)
    private String grade;

    /** 获奖时间：必填；不晚于材料时效截止日. */
    @Column(name = "award_date")
    private LocalDate awardDate;

    /** 颁奖单位：必填. */
    @Column(name = "issuer", length = 200)
    private String issuer;

    /** 本人排名：必填；大于0. */
    @Column(name = "author_rank")
    private Integer rank;

    /** 是否代表作：必填；每大项代表作最多3项. */
    @Column(name = "representative")
    private Boolean representative;

    protected AwardAchievement() {
    }

    @Override
    public boolean isRepresentativeWork() {
        return Boolean.TRUE.equals(representative);
    }

    @Override
    public LocalDate achievementDate() {
        return awardDate;
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
        copyFrom((AwardAchievement) values);
    }

    void copyFrom(AwardAchievement other) {
        this.projectName = other.projectName;
        this.awardName = other.awardName;
        this.level = other.level;
        this.grade = other.grade;
        this.awardDate = other.awardDate;
        this.issuer = other.issuer;
        this.rank = other.rank;
        this.representative = other.representative;
    }

    /** 获奖项目名称. */
    public String getProjectName() {
        return projectName;
    }

    /** 奖项名称. */
    public String getAwardName() {
        return awardName;
    }

    /** 获奖级别. */
    public AchievementLevel getLevel() {
        return level;
    }

    /** 获奖等级. */
    public String getGrade() {
        return grade;
    }

    /** 获奖时间. */
    public LocalDate getAwardDate() {
        return awardDate;
    }

    /** 颁奖单位. */
    public String getIssuer() {
        return issuer;
    }

    /** 本人排名. */
    public Integer getRank() {
        return rank;
    }

    /** 是否代表作. */
    public Boolean getRepresentative() {
        return representative;
    }

    /** Collects the fields of a {@link AwardAchievement}; a draft may leave any of them empty. */
    public static final class Builder {

        private final AwardAchievement draft = new AwardAchievement();

        private Builder() {
        }

        /** 获奖项目名称. */
        public Builder projectName(String value) {
            draft.projectName = value;
            return this;
        }

        /** 奖项名称. */
        public Builder awardName(String value) {
            draft.awardName = value;
            return this;
        }

        /** 获奖级别. */
        public Builder level(AchievementLevel value) {
            draft.level = value;
            return this;
        }

        /** 获奖等级. */
        public Builder grade(String value) {
            draft.grade = value;
            return this;
        }

        /** 获奖时间. */
        public Builder awardDate(LocalDate value) {
            draft.awardDate = value;
            return this;
        }

        /** 颁奖单位. */
        public Builder issuer(String value) {
            draft.issuer = value;
            return this;
        }

        /** 本人排名. */
        public Builder rank(Integer value) {
            draft.rank = value;
            return this;
        }

        /** 是否代表作. */
        public Builder representative(Boolean value) {
            draft.representative = value;
            return this;
        }

        public AwardAchievement build() {
            AwardAchievement built = new AwardAchievement();
            built.copyFrom(draft);
            return built;
        }
    }
}
