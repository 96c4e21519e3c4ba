package cn.zhicheng.domain.model.application.form;

import cn.zhicheng.domain.model.catalogue.Committee;
import cn.zhicheng.domain.model.catalogue.Specialty;
import cn.zhicheng.domain.model.catalogue.Title;
import cn.zhicheng.domain.model.catalogue.TitleLevel;
import cn.zhicheng.domain.model.catalogue.TitleSeries;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * 申报的专业技术资格信息. The applicant picks 评审的资格系列 → 级别 → 名称 → 专业; only the specialty is stored,
 * the rest (and 评审的资格评委会, 日常工作部门) follow from it. 评委会年度, 申报开始/结束时间 and 相关公告 come from
 * the review year.
 */
@Embeddable
public class DeclaredQualification {

    /** 申报类型：必填. */
    @Enumerated(EnumType.STRING)
    @Column(name = "declaration_type", length = 30)
    private DeclarationType declarationType;

    /** 评审的资格专业 (系列、级别、名称由专业得出)：必填；同一评委会年度不得申报同一系列的两个专业. */
    @ManyToOne
    @JoinColumn(name = "specialty_id")
    private Specialty specialty;

    /** 有无同时或不同时申报其他系列(专业)资格：必填（诚信申报）. */
    @Column(name = "has_other_declarations")
    private Boolean otherDeclarations;

    /** 其他系列(专业)资格名称：选择“有”时必填. */
    @Column(name = "other_declaration_names", length = 500)
    private String otherDeclarationNames;

    protected DeclaredQualification() {
    }

    /** 评审的资格系列, derived from the specialty. */
    public TitleSeries getSeries() {
        return specialty == null ? null : specialty.getSeries();
    }

    /** 评审的资格名称, derived from the specialty. */
    public Title getTitle() {
        return specialty == null ? null : specialty.getTitle();
    }

    /** 评审的资格级别, derived from the specialty. */
    public TitleLevel getLevel() {
        return specialty == null ? null : specialty.getTitle().getLevel();
    }

    /** 评审的资格评委会, derived from the specialty (its office is the 日常工作部门). */
    public Committee getCommittee() {
        return specialty == null ? null : specialty.getCommittee();
    }

    public boolean requiresExamResult() {
        return specialty != null && specialty.getExamMode() != null && specialty.getExamMode().requiresExamResult();
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

    void copyFrom(DeclaredQualification other) {
        this.declarationType = other.declarationType;
        this.specialty = other.specialty;
        this.otherDeclarations = other.otherDeclarations;
        this.otherDeclarationNames = other.otherDeclarationNames;
    }

    /** 申报类型. */
    public DeclarationType getDeclarationType() {
        return declarationType;
    }

    /** 评审的资格专业 (系列、级别、名称由专业得出). */
    public Specialty getSpecialty() {
        return specialty;
    }

    /** 有无同时或不同时申报其他系列(专业)资格. */
    public Boolean getOtherDeclarations() {
        return otherDeclarations;
    }

    /** 其他系列(专业)资格名称. */
    public String getOtherDeclarationNames() {
        return otherDeclarationNames;
    }

    /** Collects the fields of a {@link DeclaredQualification}; a draft may leave any of them empty. */
    public static final class Builder {

        private final DeclaredQualification draft = new DeclaredQualification();

        private Builder() {
        }

        /** 申报类型. */
        public Builder declarationType(DeclarationType value) {
            draft.declarationType = value;
            return this;
        }

        /** 评审的资格专业 (系列、级别、名称由专业得出). */
        public Builder specialty(Specialty value) {
            draft.specialty = value;
            return this;
        }

        /** 有无同时或不同时申报其他系列(专业)资格. */
        public Builder otherDeclarations(Boolean value) {
            draft.otherDeclarations = value;
            return this;
        }

        /** 其他系列(专业)资格名称. */
        public Builder otherDeclarationNames(String value) {
            draft.otherDeclarationNames = value;
            return this;
        }

        public DeclaredQualification build() {
            DeclaredQualification built = new DeclaredQualification();
            built.copyFrom(draft);
            return built;
        }
    }
}
