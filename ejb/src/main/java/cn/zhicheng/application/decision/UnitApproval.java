package cn.zhicheng.application.decision;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.shared.MessageKey;

/**
 * 单位审核通过 (SPEC §5, the unit review dialog): the unit's opinions on the applicant's continuing education and
 * negative circumstances, its annual appraisals, its overall evaluation (at least 150 characters) and whether the
 * applicant takes the exam instead of the review (以考代评).
 */
public record UnitApproval(String continuingEducationOpinion, String negativeCircumstancesOpinion,
                           List<Appraisal> appraisals, String evaluation, boolean examInsteadOfReview)
        implements Decision {

    /** 单位的综合评价: at least this many characters, counted as the user sees them. */
    public static final int MIN_EVALUATION_LENGTH = 150;

    /** One row of 单位年度考核情况: the year and its result, e.g. 称职(合格). */
    public record Appraisal(int year, String result) implements Serializable {
    }

    public UnitApproval {
        appraisals = appraisals == null ? List.of() : List.copyOf(appraisals);
    }

    @Override
    public Action action() {
        return Action.UNIT_APPROVE;
    }

    @Override
    public String opinion() {
        return evaluation == null ? null : evaluation.strip();
    }

    @Override
    public void check(DecisionContext context) {
        Decisions.requireText(continuingEducationOpinion, "所在单位对申报人完成继续教育情况的审核意见");
        Decisions.requireText(negativeCircumstancesOpinion, "单位对申报人负面情况的意见");
        if (appraisals.isEmpty()) {
            throw new DecisionRefusedException(MessageKey.APPRAISAL_REQUIRED);
        }
        Set<Integer> years = new HashSet<>();
        for (Appraisal a : appraisals) {
            if (a.year() <= 0 || Decisions.isBlank(a.result())) {
                throw new DecisionRefusedException(MessageKey.APPRAISAL_REQUIRED);
            }
            if (!years.add(a.year())) {
                throw new DecisionRefusedException(MessageKey.APPRAISAL_YEAR_REPEATED, a.year());
            }
        }
        int length = Decisions.visibleLength(evaluation);
        if (length < MIN_EVALUATION_LENGTH) {
            throw new DecisionRefusedException(MessageKey.EVALUATION_TOO_SHORT, MIN_EVALUATION_LENGTH, length);
        }
        // the signed 单位承诺书 is uploaded before the approval
        cn.zhicheng.domain.model.application.material.MaterialKind.requiredBy(action()).ifPresent(context::requireMaterial);
    }
}
