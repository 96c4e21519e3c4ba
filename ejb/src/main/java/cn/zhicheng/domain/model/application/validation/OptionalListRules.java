package cn.zhicheng.domain.model.application.validation;

import java.util.List;

import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.domain.model.application.form.FurtherStudy;
import cn.zhicheng.domain.model.application.form.OrganisationPost;

/** Rules of the optional lists 专业行业组织职务 and 国内外进修情况: a row that is there must be complete. */
final class OptionalListRules {

    static final int CONTENT_MAX = 200;

    private OptionalListRules() {
    }

    static void organisationPostRows(ApplicationForm form, ValidationContext ctx, Findings out) {
        List<OrganisationPost> rows = form.getOrganisationPosts();
        for (int i = 0; i < rows.size(); i++) {
            OrganisationPost p = rows.get(i);
            Findings.Row row = out.row("organisationPosts", "专业行业组织职务", i);
            row.require("startDate", "开始时间", p.getStartDate());
            row.require("organisationName", "组织名称", p.getOrganisationName());
            row.require("post", "任何职务", p.getPost());
            if (p.getStartDate() != null && p.getEndDate() != null && p.getEndDate().isBefore(p.getStartDate())) {
                row.error("endDate", "结束时间不能早于开始时间");
            }
        }
    }

    static void furtherStudyRows(ApplicationForm form, ValidationContext ctx, Findings out) {
        List<FurtherStudy> rows = form.getFurtherStudies();
        for (int i = 0; i < rows.size(); i++) {
            FurtherStudy s = rows.get(i);
            Findings.Row row = out.row("furtherStudies", "国内外进修情况", i);
            row.require("startDate", "开始时间", s.getStartDate());
            row.require("endDate", "结束时间", s.getEndDate());
            row.require("institution", "进修学校(单位)", s.getInstitution());
            row.require("content", "进修内容", s.getContent());
            if (s.getStartDate() != null && s.getEndDate() != null && s.getEndDate().isBefore(s.getStartDate())) {
                row.error("endDate", "结束时间不能早于开始时间");
            }
            int length = Text.length(s.getContent());
            if (length > CONTENT_MAX) {
                row.error("content", "进修内容不能超过" + CONTENT_MAX + "字（当前" + length + "字）");
            }
        }
    }
}
