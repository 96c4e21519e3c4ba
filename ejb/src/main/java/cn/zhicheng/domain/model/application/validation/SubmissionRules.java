package cn.zhicheng.domain.model.application.validation;

import java.util.Set;

import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.domain.model.application.material.MaterialKind;
import cn.zhicheng.domain.model.catalogue.ReviewYear;

/** Rules of the submission itself: commitment, materials, the application window and the unit. */
final class SubmissionRules {

    private SubmissionRules() {
    }

    /** 本人已阅读并同意 the personal commitment (eligibility of manual 1.1.2 (一)). */
    static void commitmentAccepted(ApplicationForm form, ValidationContext ctx, Findings out) {
        if (!form.isCommitmentAccepted()) {
            out.error("commitmentAccepted", "申报承诺：请阅读承诺内容并勾选“本人已阅读并同意”");
        }
    }

    /** 照片, 个人承诺书, 学历、学位证明材料 are always required. */
    static void alwaysRequiredMaterials(ApplicationForm form, ValidationContext ctx, Findings out) {
        for (MaterialKind kind : MaterialKind.ofStage(MaterialKind.Stage.APPLICATION)) {
            if (kind.requirement() == MaterialKind.Requirement.ALWAYS) {
                requireMaterial(kind, ctx.uploadedMaterials(), out, "必传材料");
            }
        }
    }

    /** 申报单位与工作单位不一致时，须上传《公司隶属关系证明》等佐证材料. */
    static void affiliationProof(ApplicationForm form, ValidationContext ctx, Findings out) {
        if (MaterialRequirements.isRequired(MaterialKind.AFFILIATION_PROOF, form, ctx)) {
            requireMaterial(MaterialKind.AFFILIATION_PROOF, ctx.uploadedMaterials(), out, "申报单位与现工作单位不一致时必传");
        }
    }

    /** 破格申报时，须上传《广东省深圳市职称破格申报推荐表》. */
    static void exceptionalRecommendation(ApplicationForm form, ValidationContext ctx, Findings out) {
        if (MaterialRequirements.isRequired(MaterialKind.EXCEPTIONAL_RECOMMENDATION, form, ctx)) {
            requireMaterial(MaterialKind.EXCEPTIONAL_RECOMMENDATION, ctx.uploadedMaterials(), out, "破格申报时必传");
        }
    }

    /**
     * 申报开始时间 ≤ now < 申报结束时间 of the review year, for the first submission only (a resubmission after a
     * return is not a new application); and now before the committee's deadline wherever it binds (a committee may
     * close before the year's window does).
     */
    static void applicationWindowOpen(ApplicationForm form, ValidationContext ctx, Findings out) {
        ReviewYear year = ctx.reviewYear();
        if (year == null) {
            out.error("reviewYear", "评委会年度：未设置，暂不能申报");
            return;
        }
        if (ctx.firstSubmission() && !year.isOpenAt(ctx.now())) {
            out.error("reviewYear", "申报时间：当前不在" + year.getYear() + "年度申报受理时间内（"
                    + Text.dateTime(year.getApplicationStart()) + " 至 " + Text.dateTime(year.getApplicationEnd()) + "）");
        } else if (ctx.committeeDeadline() != null && !ctx.now().isBefore(ctx.committeeDeadline())) {
            out.error("reviewYear", "申报时间：评审的资格评委会" + year.getYear() + "年度的申报截止时间（"
                    + Text.dateTime(ctx.committeeDeadline()) + "）已过，不能再提交");
        }
    }

    /** 申报下一环节信息: a unit (报送单位) must be chosen. */
    static void unitChosen(ApplicationForm form, ValidationContext ctx, Findings out) {
        if (!ctx.unitChosen()) {
            out.error("nextStep.unit", "报送单位：必填（请选择报送的用人单位）");
        }
    }

    private static void requireMaterial(MaterialKind kind, Set<MaterialKind> uploaded, Findings out, String why) {
        if (!uploaded.contains(kind)) {
            out.error("materials." + kind.name(), kind.label() + "：暂未上传（" + why + "）");
        }
    }
}
