package cn.zhicheng.domain.model.application.validation;

import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.domain.model.application.form.CurrentQualification;
import cn.zhicheng.domain.model.application.form.DeclarationType;
import cn.zhicheng.domain.model.application.form.QualificationType;

/** Rules of 现专业技术资格职务信息. */
final class QualificationRules {

    static final int MAX_YEARS = 60;

    private QualificationRules() {
    }

    /** 现从事专业(学科) and 从事本专业或相近专业工作累计(年) are required whatever the qualification. */
    static void practisedSpecialty(ApplicationForm form, ValidationContext ctx, Findings out) {
        CurrentQualification q = form.getCurrentQualification();
        out.require("currentQualification.practisedSpecialty", "现从事专业(学科)", q.getPractisedSpecialty());
        out.require("currentQualification.yearsInSpecialty", "从事本专业或相近专业工作累计(年)", q.getYearsInSpecialty());
        Integer years = q.getYearsInSpecialty();
        if (years != null && (years < 0 || years > MAX_YEARS)) {
            out.error("currentQualification.yearsInSpecialty",
                    "从事本专业或相近专业工作累计(年)：应在0至" + MAX_YEARS + "之间");
        }
    }

    /** Once 现资格类型 is chosen, every field of that type is required (labels differ by type). */
    static void fieldsOfChosenType(ApplicationForm form, ValidationContext ctx, Findings out) {
        CurrentQualification q = form.getCurrentQualification();
        if (!q.hasQualification()) {
            return;
        }
        boolean title = q.getQualificationType() == QualificationType.PROFESSIONAL_TITLE;
        String p = "currentQualification.";
        out.require(p + "qualificationName", title ? "现职称名称" : "现职业资格名称", q.getQualificationName());
        out.require(p + "seriesName", title ? "现职称系列" : "现职业资格对应的职称系列", q.getSeriesName());
        out.require(p + "level", title ? "现职称级别" : "现职业资格对应的职称级别", q.getLevel());
        out.require(p + "obtainedDate", "取得时间", q.getObtainedDate());
        out.require(p + "obtainMode", "现资格取得方式", q.getObtainMode());
        out.require(p + "issuer", "现资格证书发证单位", q.getIssuer());
        out.require(p + "currentPost", "现任何职务", q.getCurrentPost());
        out.require(p + "hiredDate", "聘现专业技术职务时间(年月日)", q.getHiredDate());
        out.require(p + "outsideProvince", "是否属省外取得职称", q.getOutsideProvince());
    }

    /** 转系列(专业)申报: at least one year in the current post by the review year's 资历年限 cut-off. */
    static void seriesTransferSeniority(ApplicationForm form, ValidationContext ctx, Findings out) {
        if (form.getDeclaredQualification().getDeclarationType() != DeclarationType.SERIES_TRANSFER
                || ctx.reviewYear() == null) {
            return;
        }
        var hired = form.getCurrentQualification().getHiredDate();
        var cutoff = ctx.reviewYear().getSeniorityCutoff();
        if (hired == null) {
            out.error("currentQualification.hiredDate", "聘现专业技术职务时间(年月日)：转系列(专业)申报时必填");
        } else if (hired.plusYears(1).isAfter(cutoff)) {
            out.error("currentQualification.hiredDate", "聘现专业技术职务时间(年月日)：转系列(专业)申报须在现岗位工作满1年（截至"
                    + Text.date(cutoff) + "）");
        }
    }
}
