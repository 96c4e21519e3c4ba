package cn.zhicheng.domain.model.application.validation;

import java.util.List;

import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.domain.model.application.form.ContinuingEducation;

/** Rules of 完成继续教育任务情况. */
final class ContinuingEducationRules {

    private static final String LIST = "continuingEducations";
    private static final String LABEL = "完成继续教育任务情况";

    private ContinuingEducationRules() {
    }

    static void rowRequired(ApplicationForm form, ValidationContext ctx, Findings out) {
        List<ContinuingEducation> rows = form.getContinuingEducations();
        for (int i = 0; i < rows.size(); i++) {
            ContinuingEducation c = rows.get(i);
            Findings.Row row = out.row(LIST, LABEL, i);
            row.require("startDate", "开始时间", c.getStartDate());
            row.require("endDate", "结束时间", c.getEndDate());
            row.require("courseName", "培训项目(内容)", c.getCourseName());
            row.require("organiser", "主办单位", c.getOrganiser());
            row.require("hours", "学时", c.getHours());
            if (c.getHours() != null && c.getHours() <= 0) {
                row.error("hours", "学时应大于0");
            }
            if (c.getStartDate() != null && c.getEndDate() != null && c.getEndDate().isBefore(c.getStartDate())) {
                row.error("endDate", "结束时间不能早于开始时间");
            }
        }
    }

    /** Only records from 1 January of the review year count (粤人社办〔2018〕227号): at least one such record. */
    static void recordInReviewYear(ApplicationForm form, ValidationContext ctx, Findings out) {
        if (ctx.reviewYear() == null) {
            return;
        }
        var from = ctx.reviewYear().getContinuingEducationFrom();
        boolean counted = form.getContinuingEducations().stream()
                .anyMatch(c -> c.getStartDate() != null && !c.getStartDate().isBefore(from));
        if (!counted) {
            out.error(LIST, LABEL + "：至少填写一条" + Text.date(from) + "（含）以后的继续教育记录");
        }
    }
}
