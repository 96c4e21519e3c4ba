package cn.zhicheng.domain.model.application.validation;

import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.domain.model.application.form.DeclarationType;
import cn.zhicheng.domain.model.application.material.MaterialKind;

/**
 * Whether a material is required for one application: the one answer the submit rules and the checklist (附件 page)
 * both read. 是否必传 是: always; 视情况: 公司隶属关系证明 when the declaring unit differs from the 现工作单位, 破格申报推荐表
 * for a 破格 declaration; 否: never.
 */
public final class MaterialRequirements {

    private MaterialRequirements() {
    }

    public static boolean isRequired(MaterialKind kind, ApplicationForm form, ValidationContext ctx) {
        return switch (kind.requirement()) {
            case ALWAYS -> true;
            case OPTIONAL -> false;
            case CONDITIONAL -> switch (kind) {
                case AFFILIATION_PROOF -> ctx.declaringUnitDiffersFromWorkUnit(form);
                case EXCEPTIONAL_RECOMMENDATION -> form.getDeclaredQualification() != null
                        && form.getDeclaredQualification().getDeclarationType() == DeclarationType.EXCEPTIONAL;
                default -> false;
            };
        };
    }
}
