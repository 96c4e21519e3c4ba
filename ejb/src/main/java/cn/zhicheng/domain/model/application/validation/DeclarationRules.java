package cn.zhicheng.domain.model.application.validation;

import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.domain.model.application.form.DeclaredQualification;
import cn.zhicheng.domain.model.application.form.ExamResult;
import cn.zhicheng.domain.model.application.validation.ValidationContext.OtherApplication;

/** Rules of 申报的专业技术资格信息 and 专业实践能力考试成绩. */
final class DeclarationRules {

    private DeclarationRules() {
    }

    static void required(ApplicationForm form, ValidationContext ctx, Findings out) {
        DeclaredQualification d = form.getDeclaredQualification();
        out.require("declaredQualification.declarationType", "申报类型", d.getDeclarationType());
        out.require("declaredQualification.specialty", "评审的资格专业", d.getSpecialty());
        out.require("declaredQualification.otherDeclarations", "有无同时或不同时申报其他系列(专业)资格及其名称",
                d.getOtherDeclarations());
        if (Boolean.TRUE.equals(d.getOtherDeclarations())) {
            out.require("declaredQualification.otherDeclarationNames", "其他系列(专业)资格名称",
                    d.getOtherDeclarationNames());
        }
    }

    /** 以考代评 / 考评结合: the practice-exam result is required. */
    static void examResultRequired(ApplicationForm form, ValidationContext ctx, Findings out) {
        if (!form.getDeclaredQualification().requiresExamResult()) {
            return;
        }
        ExamResult e = form.getExamResult();
        String p = "examResult.";
        out.require(p + "admissionTicketNo", "准考证号", e.getAdmissionTicketNo());
        out.require(p + "examStart", "考试开始时间", e.getExamStart());
        out.require(p + "examEnd", "考试结束时间", e.getExamEnd());
        out.require(p + "subject", "考试科目", e.getSubject());
        out.require(p + "score", "科目成绩", e.getScore());
        out.require(p + "venue", "考试地点", e.getVenue());
    }

    static void examTimesInOrder(ApplicationForm form, ValidationContext ctx, Findings out) {
        ExamResult e = form.getExamResult();
        if (e.getExamStart() != null && e.getExamEnd() != null && e.getExamEnd().isBefore(e.getExamStart())) {
            out.error("examResult.examEnd", "考试结束时间：不能早于考试开始时间");
        }
    }

    /** One person may not apply in the same review year for two specialties of the same series. */
    static void oneSpecialtyPerSeries(ApplicationForm form, ValidationContext ctx, Findings out) {
        var specialty = form.getDeclaredQualification().getSpecialty();
        if (specialty == null || specialty.getSeries() == null) {
            return;
        }
        Long seriesId = specialty.getSeries().getId();
        for (OtherApplication other : ctx.otherApplicationsInYear()) {
            if (seriesId != null && seriesId.equals(other.seriesId())) {
                out.error("declaredQualification.specialty", "评审的资格专业：本评委会年度已申报同一系列（"
                        + specialty.getSeries().getName() + "）的" + describe(other) + "，同一系列不可重复申报");
            }
        }
    }

    private static String describe(OtherApplication other) {
        String what = other.summary() == null ? "其他专业" : other.summary();
        return other.serialNo() == null ? what : what + "（业务流水号" + other.serialNo() + "）";
    }
}
