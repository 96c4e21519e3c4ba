package cn.zhicheng.domain.model.application.validation;

import java.util.List;
import java.util.Objects;

import cn.zhicheng.domain.model.application.form.ApplicationForm;

/**
 * Decides whether an application form may be submitted (SPEC §3, §4). Runs every rule and reports every failing
 * field at once, never stopping at the first; warnings do not block. A new rule is one new method in one of the
 * rule classes plus one line in {@link #DEFAULT_RULES}.
 *
 * <p>Plain Java and stateless: the submitting service creates it (or injects one) and passes a
 * {@link ValidationContext} for what the form does not know.
 */
public class SubmitValidator {

    /** The rules of SPEC §3 and §4, in the order of the form's sections (which is the order of the messages). */
    public static final List<SubmitRule> DEFAULT_RULES = List.of(
            SubmissionRules::commitmentAccepted,
            SubmissionRules::applicationWindowOpen,
            // 基本信息
            BasicInfoRules::required,
            BasicInfoRules::chineseNationalityFields,
            BasicInfoRules::residentIdNumber,
            BasicInfoRules::phoneFormat,
            BasicInfoRules::emailFormat,
            BasicInfoRules::workStartNotInFuture,
            // 教育经历
            EducationRules::atLeastOne,
            EducationRules::rowRequired,
            EducationRules::datesInOrder,
            EducationRules::assessmentUsesOneEducation,
            // 工作经历
            WorkExperienceRules::atLeastOne,
            WorkExperienceRules::rowRequired,
            WorkExperienceRules::datesInOrder,
            WorkExperienceRules::contentLength,
            WorkExperienceRules::gapsWarned,
            // 专业行业组织职务, 国内外进修情况
            OptionalListRules::organisationPostRows,
            OptionalListRules::furtherStudyRows,
            // 现专业技术资格职务信息
            QualificationRules::practisedSpecialty,
            QualificationRules::fieldsOfChosenType,
            QualificationRules::seriesTransferSeniority,
            // 申报的专业技术资格信息, 专业实践能力考试成绩
            DeclarationRules::required,
            DeclarationRules::oneSpecialtyPerSeries,
            DeclarationRules::examResultRequired,
            DeclarationRules::examTimesInOrder,
            // 完成继续教育任务情况
            ContinuingEducationRules::rowRequired,
            ContinuingEducationRules::recordInReviewYear,
            // 业绩成果, 学术成果
            AchievementRules::projectRows,
            AchievementRules::projectSummaryLength,
            AchievementRules::awardRows,
            AchievementRules::publicationRows,
            AchievementRules::patentRows,
            AchievementRules::representativeLimit,
            AchievementRules::materialCutoff,
            // 个人自我评价, 工作负面情况说明
            StatementRules::selfEvaluationRequired,
            StatementRules::selfEvaluationLength,
            StatementRules::negativeBoxTicked,
            StatementRules::noneExcludesOthers,
            StatementRules::negativeDescribed,
            // 申报下一环节信息, 附件
            SubmissionRules::unitChosen,
            SubmissionRules::alwaysRequiredMaterials,
            SubmissionRules::affiliationProof,
            SubmissionRules::exceptionalRecommendation);

    private final List<SubmitRule> rules;

    public SubmitValidator() {
        this(DEFAULT_RULES);
    }

    public SubmitValidator(List<SubmitRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public ValidationResult validate(ApplicationForm form, ValidationContext ctx) {
        Objects.requireNonNull(form);
        Objects.requireNonNull(ctx);
        Findings findings = new Findings();
        for (SubmitRule rule : rules) {
            rule.check(form, ctx, findings);
        }
        return findings.result();
    }
}
