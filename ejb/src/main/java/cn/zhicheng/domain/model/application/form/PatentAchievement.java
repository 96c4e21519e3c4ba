package cn.zhicheng.domain.model.application.form;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One row of 学术成果-专利及软件著作权; 成果类别 专利 (with its 专利类型) or 软件著作权.
 */
@Entity
@Table(name = "form_patent")
public class PatentAchievement extends FormRow implements Achievement {

    /** 成果类别：必填. */
    @Enumerated(EnumType.STRING)
    @Column(name = "patent_type", length = 30)
    private PatentType type;

    /** 专利(软件)名称：必填. */
    @Column(name = "name", length = 200)
    private String name;

    /** 专利类型：专利必填. */
    @Enumerated(EnumType.STRING)
    @Column(name = "patent_kind", length = 30)
    private PatentKind patentKind;

    /** 专利号 / 登记号：必填. */
    @Column(name = "registration_no", length = 100)
    private String registrationNo;

    /** 授权(登记)时间：必填；不晚于材料时效截止日. */
    @Column(name = "grant_date")
    private LocalDate grantDate;

    /** 本人排名：必填；大于0. */
    @Column(name = "author_rank")
    private Integer rank;

    /** 是否代表作：必填；每大项代表作最多3项. */
    @Column(name = "representative")
    private Boolean representative;

    protected PatentAchievement() {
    }

    @Override
    public boolean isRepresentativeWork() {
        return Boolean.TRUE.equals(representative);
    }

    @Override
    public LocalDate achievementDate() {
        return grantDate;
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
        copyFrom((PatentAchievement) values);
    }

    void copyFrom(PatentAchievement other) {
        this.type = other.type;
        this.name = other.name;
        this.patentKind = other.patentKind;
        this.registrationNo = other.registrationNo;
        this.grantDate = other.grantDate;
        this.rank = other.rank;
        this.representative = other.representative;
    }

    /** 成果类别. */
    public PatentType getType() {
        return type;
    }

    /** 专利(软件)名称. */
    public String getName() {
        return name;
    }

    /** 专利类型. */
    public PatentKind getPatentKind() {
        return patentKind;
    }

    /** 专利号 / 登记号. */
    public String getRegistrationNo() {
        return registrationNo;
    }

    /** 授权(登记)时间. */
    public LocalDate getGrantDate() {
        return grantDate;
    }

    /** 本人排名. */
    public Integer getRank() {
        return rank;
    }

    /** 是否代表作. */
    public Boolean getRepresentative() {
        return representative;
    }

    /** Collects the fields of a {@link PatentAchievement}; a draft may leave any of them empty. */
    public static final class Builder {

        private final PatentAchievement draft = new PatentAchievement();

        private Builder() {
        }

        /** 成果类别. */
        public Builder type(PatentType value) {
            draft.type = value;
            return this;
        }

        /** 专利(软件)名称. */
        public Builder name(String value) {
            draft.name = value;
            return this;
        }

        /** 专利类型. */
        public Builder patentKind(PatentKind value) {
            draft.patentKind = value;
            return this;
        }

        /** 专利号 / 登记号. */
        public Builder registrationNo(String value) {
            draft.registrationNo = value;
            return this;
        }

        /** 授权(登记)时间. */
        public Builder grantDate(LocalDate value) {
            draft.grantDate = value;
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

        public PatentAchievement build() {
            PatentAchievement built = new PatentAchievement();
            built.copyFrom(draft);
            return built;
        }
    }
}
