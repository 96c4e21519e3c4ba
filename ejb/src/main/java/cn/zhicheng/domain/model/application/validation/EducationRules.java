package cn.zhicheng.domain.model.application.validation;

import java.util.List;

import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.domain.model.application.form.DeclarationType;
import cn.zhicheng.domain.model.application.form.Education;

/** Rules of 教育经历. */
final class EducationRules {

    private static final String LIST = "educations";
    private static final String LABEL = "教育经历";

    private EducationRules() {
    }

    static void atLeastOne(ApplicationForm form, ValidationContext ctx, Findings out) {
        if (form.getEducations().isEmpty()) {
            out.error(LIST, "教育经历：至少填写一条");
        }
    }

    static void rowRequired(ApplicationForm form, ValidationContext ctx, Findings out) {
        List<Education> rows = form.getEducations();
        for (int i = 0; i < rows.size(); i++) {
            Education e = rows.get(i);
            Findings.Row row = out.row(LIST, LABEL, i);
            row.require("certificateNo", "学历证书编号", e.getCertificateNo());
            row.require("school", "毕业学校", e.getSchool());
            row.require("enrolmentDate", "入学时间", e.getEnrolmentDate());
            row.require("graduationDate", "毕业时间", e.getGraduationDate());
            row.require("degree", "学位名称", e.getDegree());
            row.require("majorName", "专业名称", e.getMajorName());
            row.require("level", "学历层次", e.getLevel());
            row.require("studyMode", "学习形式", e.getStudyMode());
            row.require("region", "学历取得地区", e.getRegion());
        }
    }

    /** 入学时间 ≤ 毕业时间. */
    static void datesInOrder(ApplicationForm form, ValidationContext ctx, Findings out) {
        List<Education> rows = form.getEducations();
        for (int i = 0; i < rows.size(); i++) {
            Education e = rows.get(i);
            if (e.getEnrolmentDate() != null && e.getGraduationDate() != null
                    && e.getGraduationDate().isBefore(e.getEnrolmentDate())) {
                out.row(LIST, LABEL, i).error("graduationDate", "毕业时间不能早于入学时间");
            }
        }
    }

    /** 考核认定: exactly one row says 是否以该学历申请职称评审 = 是. */
    static void assessmentUsesOneEducation(ApplicationForm form, ValidationContext ctx, Findings out) {
        if (form.getDeclaredQualification().getDeclarationType() != DeclarationType.ASSESSMENT) {
            return;
        }
        long used = form.getEducations().stream()
                .filter(e -> Boolean.TRUE.equals(e.getUsedForApplication()))
                .count();
        if (used != 1) {
            out.error(LIST, "教育经历：申报考核认定时，须有且仅有一条“是否以该学历申请职称评审”为“是”（当前" + used + "条）");
        }
    }
}
