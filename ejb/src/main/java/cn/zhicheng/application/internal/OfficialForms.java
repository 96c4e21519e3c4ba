package cn.zhicheng.application.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.application.form.BasicInfoSection;
import cn.zhicheng.application.form.CurrentQualificationSection;
import cn.zhicheng.application.form.DeclaredQualificationSection;
import cn.zhicheng.application.form.EducationRow;
import cn.zhicheng.application.form.ExamResultSection;
import cn.zhicheng.application.form.FormList;
import cn.zhicheng.application.form.NegativeRecordSection;
import cn.zhicheng.application.form.SelfEvaluationSection;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.form.DeclarationType;
import cn.zhicheng.domain.model.decision.AppraisalRow;
import cn.zhicheng.domain.model.decision.PublicityRecord;
import cn.zhicheng.domain.model.decision.UnitReviewRecord;
import cn.zhicheng.domain.shared.Labelled;
import cn.zhicheng.reports.ExceptionalRecommendationReport;
import cn.zhicheng.reports.PublicitySituationReport;
import cn.zhicheng.reports.RegistrationFormReport;
import cn.zhicheng.reports.RuledForm;
import cn.zhicheng.reports.data.RegistrationHead;

/**
 * Lays an application's form out as the official ruled forms: which section comes where, under the manual's
 * titles, with which columns. Text only crosses into the reports module (its renderers know no EJB class).
 */
final class OfficialForms {

    static final String BASIC_INFO = "基本信息";
    static final String CURRENT_QUALIFICATION = "现专业技术资格职务信息";
    static final String DECLARED_QUALIFICATION = "申报的专业技术资格信息";
    static final String EXAM_RESULT = "专业实践能力考试成绩";
    static final String SELF_EVALUATION = "个人自我评价";
    static final String NEGATIVE_RECORD = "工作负面情况说明";
    static final String NEXT_STEP = "申报下一环节信息";

    /** Every section title of the registration form, in print order. */
    static final List<String> REGISTRATION_SECTIONS = List.of(BASIC_INFO, FormList.EDUCATION.label(),
            FormList.WORK_EXPERIENCE.label(), FormList.ORGANISATION_POST.label(), CURRENT_QUALIFICATION,
            DECLARED_QUALIFICATION, EXAM_RESULT, FormList.FURTHER_STUDY.label(), FormList.CONTINUING_EDUCATION.label(),
            FormList.PROJECT.label(), FormList.AWARD.label(), FormList.PUBLICATION.label(), FormList.PATENT.label(),
            SELF_EVALUATION, NEGATIVE_RECORD, NEXT_STEP);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String SIGN_DATE = "年　　月　　日";

    private OfficialForms() {
    }

    static RegistrationHead head(ApplicationFormView form, Application application) {
        BasicInfoSection b = form.getBasicInfo();
        RegistrationHead h = new RegistrationHead();
        h.setName(application.getApplicant().getName());
        h.setIdNumber(application.getApplicant().getIdNumber());
        if (b != null) {
            h.setGender(label(b.getGender()));
            h.setIdType(label(b.getIdType()));
            h.setBirthDate(day(b.getBirthDate()));
            h.setNationality(b.getNationality());
            h.setEthnicity(b.getEthnicity());
            h.setPoliticalStatus(b.getPoliticalStatus());
            h.setHouseholdRegistration(b.getHouseholdRegistration());
            h.setWorkStartDate(day(b.getWorkStartDate()));
            h.setPhone(b.getPhone());
            h.setEmail(b.getEmail());
            h.setWorkUnit(b.getWorkUnit());
            h.setInsuredUnitName(b.getInsuredUnitName());
            h.setInsuredUnitOrgCode(b.getInsuredUnitOrgCode());
        }
        if (h.getIdType() == null) {
            h.setIdType(label(application.getApplicant().getIdType()));
        }
        return h;
    }

    static RuledForm registration(ApplicationFormView f, Application a, LocalDate today) {
        RuledForm form = RegistrationFormReport.form().meta(meta(a, today)).runningHead(runningHead(
                RegistrationFormReport.TITLE, a));
        form.section(FormList.EDUCATION.label()).table(RuledForm.EDUCATION, rows(f.getEducations(), e -> new String[] {
            period(e.getEnrolmentDate(), e.getGraduationDate()), e.getSchool(), e.getMajorName(), label(e.getLevel()),
            label(e.getDegree()), label(e.getStudyMode()), label(e.getRegion()), e.getCertificateNo(),
            yesNo(e.getUsedForApplication())}));
        form.section(FormList.WORK_EXPERIENCE.label()).table(RuledForm.WORK_EXPERIENCE, rows(f.getWorkExperiences(),
                w -> new String[] {period(w.getStartDate(), w.getEndDate()), w.getWorkplace(), w.getPost(),
                    w.getMainContent(), w.getWitness()}));
        form.section(FormList.ORGANISATION_POST.label()).table(RuledForm.ORGANISATION_POST, rows(f.getOrganisationPosts(),
                o -> new String[] {period(o.getStartDate(), o.getEndDate()), o.getOrganisationName(), o.getPost()}));
        currentQualification(form.section(CURRENT_QUALIFICATION), f.getCurrentQualification());
        declaredQualification(form.section(DECLARED_QUALIFICATION), f.getDeclaredQualification(), a);
        examResult(form.section(EXAM_RESULT), f.getExamResult());
        form.section(FormList.FURTHER_STUDY.label()).table(RuledForm.FURTHER_STUDY, rows(f.getFurtherStudies(),
                s -> new String[] {period(s.getStartDate(), s.getEndDate()), s.getInstitution(), s.getCountryOrRegion(),
                    s.getContent()}));
        form.section(FormList.CONTINUING_EDUCATION.label()).table(RuledForm.CONTINUING_EDUCATION,
                rows(f.getContinuingEducations(), c -> new String[] {period(c.getStartDate(), c.getEndDate()),
                    c.getCourseName(), c.getOrganiser(), c.getHours() == null ? null : String.valueOf(c.getHours())}));
        achievements(form, f);
        selfEvaluation(form.section(SELF_EVALUATION), f.getSelfEvaluation());
        negativeRecord(form.section(NEGATIVE_RECORD), f.getNegativeRecord());
        form.section(NEXT_STEP).facts("报送去向", "送单位审核", "申报单位", a.getUnit() == null ? null : a.getUnit().getName())
                .sign("本人承诺：以上所填内容及所提交的材料均真实、准确、完整，如有虚假，本人愿承担一切责任。",
                        "申报人（签名）：　　　　　　　　　　" + SIGN_DATE);
        return form;
    }

    static RuledForm exceptionalRecommendation(ApplicationFormView f, Application a, UnitReviewRecord unitReview,
                                               LocalDate today) {
        RegistrationHead h = head(f, a);
        CurrentQualificationSection c = f.getCurrentQualification();
        DeclaredQualificationSection d = f.getDeclaredQualification();
        EducationRow highest = f.getEducations().stream().filter(e -> Boolean.TRUE.equals(e.getUsedForApplication()))
                .findFirst().orElse(f.getEducations().isEmpty() ? null : f.getEducations().get(0));
        RuledForm form = ExceptionalRecommendationReport.form().meta(meta(a, today))
                .runningHead(runningHead(ExceptionalRecommendationReport.TITLE, a));
        form.section("申报人基本情况")
                .facts("姓名", h.getName(), "性别", h.getGender())
                .facts("出生日期", h.getBirthDate(), "证件号码", h.getIdNumber())
                .fact("工作单位", h.getWorkUnit() != null ? h.getWorkUnit() : unitName(a))
                .facts("最高学历", highest == null ? null : label(highest.getLevel()), "毕业时间",
                        highest == null ? null : day(highest.getGraduationDate()))
                .facts("毕业学校", highest == null ? null : highest.getSchool(), "所学专业",
                        highest == null ? null : highest.getMajorName())
                .facts("参加工作时间", h.getWorkStartDate(), "从事本专业年限",
                        c == null || c.getYearsInSpecialty() == null ? null : c.getYearsInSpecialty() + "年")
                .facts("现专业技术资格", c == null ? null : c.getQualificationName(), "取得时间",
                        c == null ? null : day(c.getObtainedDate()))
                .facts("申报资格名称", d == null ? null : d.getTitleName(), "申报评审专业", d == null ? null : d.getSpecialtyName())
                .facts("申报类型", d == null || d.getDeclarationType() == null ? DeclarationType.EXCEPTIONAL.label()
                        : d.getDeclarationType().label(), "评审委员会", d == null ? null : d.getCommitteeName());
        achievements(form, f);
        SelfEvaluationSection s = f.getSelfEvaluation();
        form.section("破格申报理由")
                .text("符合的能力条件", s == null ? null : s.getAbilityItems())
                .text("符合的业绩成果条件", s == null ? null : s.getAchievementItems())
                .text("个人陈述", s == null ? null : s.getStatement());
        form.section("单位推荐意见").sign(unitReview == null ? "" : unitReview.getEvaluation(),
                "单位负责人（签名）：　　　　　　　单位（盖章）　　　　　　" + SIGN_DATE);
        form.section("评审委员会日常工作部门意见").sign("", "负责人（签名）：　　　　　　　（盖章）　　　　　　" + SIGN_DATE);
        return form;
    }

    static RuledForm publicitySituation(boolean pre, ApplicationFormView f, Application a, PublicityRecord record,
                                        UnitReviewRecord unitReview, LocalDate today) {
        RegistrationHead h = head(f, a);
        DeclaredQualificationSection d = f.getDeclaredQualification();
        RuledForm form = PublicitySituationReport.form(pre).meta(meta(a, today))
                .runningHead(runningHead(PublicitySituationReport.title(pre), a));
        form.section("申报人情况")
                .facts("姓名", h.getName(), "性别", h.getGender())
                .facts("证件号码", h.getIdNumber(), "出生日期", h.getBirthDate())
                .fact("申报单位", unitName(a))
                .facts("申报资格名称", d == null ? null : d.getTitleName(), "申报评审专业", d == null ? null : d.getSpecialtyName())
                .fact("评审委员会", d == null ? null : d.getCommitteeName());
        if (unitReview != null && !unitReview.getAppraisals().isEmpty()) {
            form.section("单位年度考核情况").table(RuledForm.ANNUAL_ASSESSMENT, unitReview.getAppraisals().stream()
                    .map((AppraisalRow r) -> new String[] {r.getYear() + "年度", r.getResult()}).toList());
        }
        form.section(pre ? "评前公示情况" : "评后公示情况")
                .facts("公示开始时间", record == null ? null : day(record.getStart()), "公示结束时间",
                        record == null ? null : day(record.getEnd()))
                .facts("公示天数（工作日）", record == null ? null : String.valueOf(record.getWorkingDays()), "公示方式",
                        "在单位显著位置公开张贴公示")
                .text("公示意见", record == null ? null : record.getOpinion())
                .fact("公示结果", record == null ? "□ 无异议　　　□ 有异议" : (record.isPassed() ? "无异议（通过）" : "有异议（不通过）"));
        form.section("单位意见").sign("经公示，", "单位负责人（签名）：　　　　　　　单位（盖章）　　　　　　" + SIGN_DATE);
        return form;
    }

    private static void currentQualification(RuledForm form, CurrentQualificationSection c) {
        if (c == null) {
            c = new CurrentQualificationSection();
        }
        form.facts("现资格类型", label(c.getQualificationType()), "资格名称", c.getQualificationName())
                .facts("资格系列", c.getSeriesName(), "资格级别", label(c.getLevel()))
                .facts("取得时间", day(c.getObtainedDate()), "取得方式", label(c.getObtainMode()))
                .facts("发证单位", c.getIssuer(), "是否省外取得", yesNo(c.getOutsideProvince()))
                .facts("现任职务", c.getCurrentPost(), "聘任时间", day(c.getHiredDate()))
                .facts("现从事专业（学科）", c.getPractisedSpecialty(), "从事本专业或相近专业工作累计（年）",
                        c.getYearsInSpecialty() == null ? null : String.valueOf(c.getYearsInSpecialty()));
    }

    private static void declaredQualification(RuledForm form, DeclaredQualificationSection d, Application a) {
        if (d == null) {
            d = new DeclaredQualificationSection();
        }
        form.facts("申报类型", label(d.getDeclarationType()), "评审的资格系列", d.getSeriesName())
                .facts("级别", label(d.getLevel()), "资格名称", d.getTitleName())
                .facts("评审专业", d.getSpecialtyName(), "评委会年度", a.getReviewYear() == null ? null
                        : String.valueOf(a.getReviewYear().getYear()))
                .fact("评审的资格评委会", d.getCommitteeName())
                .fact("日常工作部门", d.getOfficeName())
                .text("有无同时或不同时申报其他系列（专业）资格及其名称", d.getOtherDeclarations() == null ? null
                        : Boolean.TRUE.equals(d.getOtherDeclarations()) ? "有：" + Objects.toString(d.getOtherDeclarationNames(), "")
                        : "无");
    }

    private static void examResult(RuledForm form, ExamResultSection e) {
        if (e == null || e.getAdmissionTicketNo() == null || e.getAdmissionTicketNo().isBlank()) {
            form.none("无");
            return;
        }
        form.facts("准考证号", e.getAdmissionTicketNo(), "考试科目", e.getSubject())
                .facts("考试开始时间", minute(e.getExamStart()), "考试结束时间", minute(e.getExamEnd()))
                .facts("考试成绩", e.getScore() == null ? null : e.getScore().toPlainString(), "考试地点", e.getVenue());
    }

    private static void achievements(RuledForm form, ApplicationFormView f) {
        form.section(FormList.PROJECT.label()).table(RuledForm.PROJECT, rows(f.getProjects(), p -> new String[] {
            label(p.getCategory()), p.getName() + (p.getProjectNo() == null || p.getProjectNo().isBlank() ? ""
                    : "\n（编号：" + p.getProjectNo() + "）"), label(p.getLevel()), label(p.getRole()),
            period(p.getStartDate(), p.getEndDate()), label(p.getStatus()), yesNo(p.getRepresentative()),
            p.getSummary()}));
        form.section(FormList.AWARD.label()).table(RuledForm.AWARD, rows(f.getAwards(), w -> new String[] {
            w.getProjectName(), w.getAwardName(), label(w.getLevel()), w.getGrade(), day(w.getAwardDate()), w.getIssuer(),
            w.getRank() == null ? null : String.valueOf(w.getRank()), yesNo(w.getRepresentative())}));
        form.section(FormList.PUBLICATION.label()).table(RuledForm.PUBLICATION, rows(f.getPublications(), p -> new String[] {
            label(p.getType()), p.getTitle(), day(p.getPublishedDate()), p.getPublisher(), p.getSerialNo(),
            label(p.getAuthorRole()), p.getWordsWritten() == null ? null : String.valueOf(p.getWordsWritten()),
            yesNo(p.getRepresentative())}));
        form.section(FormList.PATENT.label()).table(RuledForm.PATENT, rows(f.getPatents(), p -> new String[] {
            label(p.getType()), p.getName(), label(p.getPatentKind()), p.getRegistrationNo(), day(p.getGrantDate()),
            p.getRank() == null ? null : String.valueOf(p.getRank()), yesNo(p.getRepresentative())}));
    }

    private static void selfEvaluation(RuledForm form, SelfEvaluationSection s) {
        form.text("符合的能力条件", s == null ? null : s.getAbilityItems())
                .text("符合的业绩成果条件", s == null ? null : s.getAchievementItems())
                .text("自我评价", s == null ? null : s.getStatement());
    }

    private static void negativeRecord(RuledForm form, NegativeRecordSection n) {
        String ticked = n == null || n.getCircumstances().isEmpty() ? null
                : n.getCircumstances().stream().map(Labelled::label).collect(Collectors.joining("、"));
        form.fact("负面情况", ticked)
                .text("具体负面情况简要说明", n == null ? null : n.getDescription())
                .text("申请人对工作过失的陈述", n == null ? null : n.getApplicantStatement());
    }

    private static <T> List<String[]> rows(List<T> rows, Function<T, String[]> cells) {
        List<String[]> out = new ArrayList<>(rows.size());
        for (T row : rows) {
            out.add(cells.apply(row));
        }
        return out;
    }

    static String meta(Application a, LocalDate today) {
        return "业务流水号：" + a.getSerialNo() + "　　打印日期：" + dateText(today);
    }

    private static String runningHead(String title, Application a) {
        return title + "　" + a.getApplicant().getName() + "　" + a.getApplicant().getIdNumber() + "　" + a.getSerialNo();
    }

    static String unitName(Application a) {
        return a.getUnit() == null ? null : a.getUnit().getName();
    }

    static String dateText(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static String label(Labelled value) {
        return value == null ? null : value.label();
    }

    static String day(LocalDate d) {
        return d == null ? null : DAY.format(d);
    }

    private static String minute(LocalDateTime t) {
        return t == null ? null : MINUTE.format(t);
    }

    private static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return null;
        }
        return (from == null ? "" : MONTH.format(from)) + "—" + (to == null ? "至今" : MONTH.format(to));
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : b ? "是" : "否";
    }
}
