package cn.zhicheng.domain.model.application.validation;

import java.util.Set;

import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.domain.model.application.form.NegativeCircumstance;
import cn.zhicheng.domain.model.application.form.NegativeRecord;
import cn.zhicheng.domain.model.application.form.SelfEvaluation;

/** Rules of the applicant's statements: 个人自我评价 and 工作负面情况说明. */
final class StatementRules {

    static final int SELF_EVALUATION_MAX = 500;

    private StatementRules() {
    }

    static void selfEvaluationRequired(ApplicationForm form, ValidationContext ctx, Findings out) {
        SelfEvaluation s = form.getSelfEvaluation();
        out.require("selfEvaluation.abilityItems", "自评认为具备专业技术工作(能力)条件", s.getAbilityItems());
        out.require("selfEvaluation.achievementItems", "自评认为具备专业技术业绩成果条件", s.getAchievementItems());
        out.require("selfEvaluation.statement", "个人自我评价", s.getStatement());
    }

    static void selfEvaluationLength(ApplicationForm form, ValidationContext ctx, Findings out) {
        int length = Text.length(form.getSelfEvaluation().getStatement());
        if (length > SELF_EVALUATION_MAX) {
            out.error("selfEvaluation.statement",
                    "个人自我评价：不能超过" + SELF_EVALUATION_MAX + "字（当前" + length + "字）");
        }
    }

    static void negativeBoxTicked(ApplicationForm form, ValidationContext ctx, Findings out) {
        if (form.getNegativeRecord().getCircumstances().isEmpty()) {
            out.error("negativeRecord.circumstances", "工作负面情况说明：请如实勾选（无负面情况请勾选“无上述情况”）");
        }
    }

    static void noneExcludesOthers(ApplicationForm form, ValidationContext ctx, Findings out) {
        Set<NegativeCircumstance> ticked = form.getNegativeRecord().getCircumstances();
        if (ticked.contains(NegativeCircumstance.NONE) && ticked.size() > 1) {
            out.error("negativeRecord.circumstances", "工作负面情况说明：“无上述情况”不能与其他情况同时勾选");
        }
    }

    static void negativeDescribed(ApplicationForm form, ValidationContext ctx, Findings out) {
        NegativeRecord record = form.getNegativeRecord();
        if (record.declaresNegative()) {
            out.require("negativeRecord.description", "具体负面情况简要说明", record.getDescription());
        }
    }
}
