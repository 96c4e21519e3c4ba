package cn.zhicheng.domain.model.application.form;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * 个人自我评价 against the conditions of the series applied for.
 */
@Embeddable
public class SelfEvaluation {

    /** 自评认为具备专业技术工作(能力)条件第几项：必填. */
    @Column(name = "self_ability_items", length = 200)
    private String abilityItems;

    /** 自评认为具备专业技术业绩成果条件第几项：必填. */
    @Column(name = "self_achievement_items", length = 200)
    private String achievementItems;

    /** 个人自我评价：必填；不超过500字. */
    @Column(name = "self_statement", length = 2000)
    private String statement;

    protected SelfEvaluation() {
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

    void copyFrom(SelfEvaluation other) {
        this.abilityItems = other.abilityItems;
        this.achievementItems = other.achievementItems;
        this.statement = other.statement;
    }

    /** 自评认为具备专业技术工作(能力)条件第几项. */
    public String getAbilityItems() {
        return abilityItems;
    }

    /** 自评认为具备专业技术业绩成果条件第几项. */
    public String getAchievementItems() {
        return achievementItems;
    }

    /** 个人自我评价. */
    public String getStatement() {
        return statement;
    }

    /** Collects the fields of a {@link SelfEvaluation}; a draft may leave any of them empty. */
    public static final class Builder {

        private final SelfEvaluation draft = new SelfEvaluation();

        private Builder() {
        }

        /** 自评认为具备专业技术工作(能力)条件第几项. */
        public Builder abilityItems(String value) {
            draft.abilityItems = value;
            return this;
        }

        /** 自评认为具备专业技术业绩成果条件第几项. */
        public Builder achievementItems(String value) {
            draft.achievementItems = value;
            return this;
        }

        /** 个人自我评价. */
        public Builder statement(String value) {
            draft.statement = value;
            return this;
        }

        public SelfEvaluation build() {
            SelfEvaluation built = new SelfEvaluation();
            built.copyFrom(draft);
            return built;
        }
    }
}
