package cn.zhicheng.domain.model.application.validation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.domain.model.application.form.WorkExperience;

/** Rules of 工作经历. */
final class WorkExperienceRules {

    private static final String LIST = "workExperiences";
    private static final String LABEL = "工作经历";
    static final int CONTENT_MAX = 200;

    private WorkExperienceRules() {
    }

    static void atLeastOne(ApplicationForm form, ValidationContext ctx, Findings out) {
        if (form.getWorkExperiences().isEmpty()) {
            out.error(LIST, "工作经历：至少填写一条");
        }
    }

    static void rowRequired(ApplicationForm form, ValidationContext ctx, Findings out) {
        List<WorkExperience> rows = form.getWorkExperiences();
        for (int i = 0; i < rows.size(); i++) {
            WorkExperience w = rows.get(i);
            Findings.Row row = out.row(LIST, LABEL, i);
            row.require("startDate", "开始时间", w.getStartDate());
            row.require("workplace", "在何地、何单位(部门)从事何工作", w.getWorkplace());
            row.require("post", "任何职", w.getPost());
            row.require("witness", "证明人", w.getWitness());
        }
    }

    static void datesInOrder(ApplicationForm form, ValidationContext ctx, Findings out) {
        List<WorkExperience> rows = form.getWorkExperiences();
        for (int i = 0; i < rows.size(); i++) {
            WorkExperience w = rows.get(i);
            if (w.getStartDate() != null && w.getEndDate() != null && w.getEndDate().isBefore(w.getStartDate())) {
                out.row(LIST, LABEL, i).error("endDate", "结束时间不能早于开始时间");
            }
        }
    }

    static void contentLength(ApplicationForm form, ValidationContext ctx, Findings out) {
        List<WorkExperience> rows = form.getWorkExperiences();
        for (int i = 0; i < rows.size(); i++) {
            int length = Text.length(rows.get(i).getMainContent());
            if (length > CONTENT_MAX) {
                out.row(LIST, LABEL, i).error("mainContent",
                        "主要专业技术工作内容不能超过" + CONTENT_MAX + "字（当前" + length + "字）");
            }
        }
    }

    /**
     * Warns (never blocks) where periods do not join up: a row that starts more than a month after every earlier
     * period ended, and a first row that starts more than a month after 参加工作时间. Overlaps (重要兼职) are fine.
     */
    static void gapsWarned(ApplicationForm form, ValidationContext ctx, Findings out) {
        List<WorkExperience> rows = form.getWorkExperiences();
        List<Integer> byStart = IntStream.range(0, rows.size())
                .filter(i -> rows.get(i).getStartDate() != null)
                .boxed()
                .sorted(Comparator.comparing(i -> rows.get(i).getStartDate()))
                .toList();
        if (byStart.isEmpty()) {
            return;
        }
        LocalDate workStart = form.getBasicInfo().getWorkStartDate();
        WorkExperience first = rows.get(byStart.get(0));
        if (workStart != null && first.getStartDate().isAfter(workStart.plusMonths(1))) {
            out.row(LIST, LABEL, byStart.get(0)).warning("startDate",
                    "应从参加工作时间（" + Text.date(workStart) + "）开始填写");
        }
        LocalDate coveredUntil = first.getEndDate();
        for (int k = 1; k < byStart.size() && coveredUntil != null; k++) {
            WorkExperience w = rows.get(byStart.get(k));
            if (w.getStartDate().isAfter(coveredUntil.plusMonths(1))) {
                out.row(LIST, LABEL, byStart.get(k)).warning("startDate",
                        "开始时间与此前经历（至" + Text.date(coveredUntil) + "）不衔接，请确认");
            }
            coveredUntil = w.getEndDate() == null || w.getEndDate().isAfter(coveredUntil) ? w.getEndDate() : coveredUntil;
        }
    }
}
