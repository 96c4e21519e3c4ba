package cn.zhicheng.domain.model.application.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import cn.zhicheng.domain.model.application.form.Achievement;
import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.domain.model.application.form.AwardAchievement;
import cn.zhicheng.domain.model.application.form.CompletionStatus;
import cn.zhicheng.domain.model.application.form.PatentAchievement;
import cn.zhicheng.domain.model.application.form.PatentType;
import cn.zhicheng.domain.model.application.form.ProjectAchievement;
import cn.zhicheng.domain.model.application.form.ProjectCategory;
import cn.zhicheng.domain.model.application.form.PublicationAchievement;

/** Rules of 业绩成果 and 学术成果 (the four major items). */
final class AchievementRules {

    static final int MAX_REPRESENTATIVE = 3;
    static final int SUMMARY_MAX = 200;

    static final String PROJECTS = "projectAchievements";
    static final String AWARDS = "awardAchievements";
    static final String PUBLICATIONS = "publicationAchievements";
    static final String PATENTS = "patentAchievements";

    private AchievementRules() {
    }

    static void projectRows(ApplicationForm form, ValidationContext ctx, Findings out) {
        List<ProjectAchievement> rows = form.getProjectAchievements();
        for (int i = 0; i < rows.size(); i++) {
            ProjectAchievement p = rows.get(i);
            Findings.Row row = out.row(PROJECTS, "业绩成果-项目情况", i);
            row.require("category", "业绩类别", p.getCategory());
            row.require("name", "项目名称", p.getName());
            row.require("role", "项目角色", p.getRole());
            row.require("startDate", "开始时间", p.getStartDate());
            row.require("endDate", "结束时间", p.getEndDate());
            row.require("status", "项目完成状态", p.getStatus());
            row.require("representative", "是否代表作", p.getRepresentative());
            row.require("summary", "项目简介", p.getSummary());
            if (p.getCategory() == ProjectCategory.RESEARCH) {
                row.require("source", "课题来源(下达单位)", p.getSource());
            }
            if (p.getStartDate() != null && p.getEndDate() != null && p.getEndDate().isBefore(p.getStartDate())) {
                row.error("endDate", "结束时间不能早于开始时间");
            }
        }
    }

    static void projectSummaryLength(ApplicationForm form, ValidationContext ctx, Findings out) {
        List<ProjectAchievement> rows = form.getProjectAchievements();
        for (int i = 0; i < rows.size(); i++) {
            int length = Text.length(rows.get(i).getSummary());
            if (length > SUMMARY_MAX) {
                out.row(PROJECTS, "业绩成果-项目情况", i).error("summary",
                        "项目简介不能超过" + SUMMARY_MAX + "字（当前" + length + "字）");
            }
        }
    }

    static void awardRows(ApplicationForm form, ValidationContext ctx, Findings out) {
        List<AwardAchievement> rows = form.getAwardAchievements();
        for (int i = 0; i < rows.size(); i++) {
            AwardAchievement a = rows.get(i);
            Findings.Row row = out.row(AWARDS, "业绩成果-获奖情况", i);
            row.require("projectName", "获奖项目名称", a.getProjectName());
            row.require("awardName", "奖项名称", a.getAwardName());
            row.require("level", "获奖级别", a.getLevel());
            row.require("grade", "获奖等级", a.getGrade());
            row.require("awardDate", "获奖时间", a.getAwardDate());
            row.require("issuer", "颁奖单位", a.getIssuer());
            row.require("rank", "本人排名", a.getRank());
            row.require("representative", "是否代表作", a.getRepresentative());
            if (a.getRank() != null && a.getRank() <= 0) {
                row.error("rank", "本人排名应大于0");
            }
        }
    }

    static void publicationRows(ApplicationForm form, ValidationContext ctx, Findings out) {
        List<PublicationAchievement> rows = form.getPublicationAchievements();
        for (int i = 0; i < rows.size(); i++) {
            PublicationAchievement p = rows.get(i);
            Findings.Row row = out.row(PUBLICATIONS, "学术成果-论文/著作/技术分析报告", i);
            row.require("type", "成果类别", p.getType());
            row.require("title", "题目(书名)", p.getTitle());
            row.require("publishedDate", "发表(出版、宣读)时间", p.getPublishedDate());
            row.require("publisher", "刊物名称/出版社/会议名称", p.getPublisher());
            row.require("authorRole", "本人角色", p.getAuthorRole());
            row.require("representative", "是否代表作", p.getRepresentative());
        }
    }

    static void patentRows(ApplicationForm form, ValidationContext ctx, Findings out) {
        List<PatentAchievement> rows = form.getPatentAchievements();
        for (int i = 0; i < rows.size(); i++) {
            PatentAchievement p = rows.get(i);
            Findings.Row row = out.row(PATENTS, "学术成果-专利及软件著作权", i);
            row.require("type", "成果类别", p.getType());
            row.require("name", "专利(软件)名称", p.getName());
            row.require("registrationNo", "专利号/登记号", p.getRegistrationNo());
            row.require("grantDate", "授权(登记)时间", p.getGrantDate());
            row.require("rank", "本人排名", p.getRank());
            row.require("representative", "是否代表作", p.getRepresentative());
            if (p.getType() == PatentType.PATENT) {
                row.require("patentKind", "专利类型", p.getPatentKind());
            }
            if (p.getRank() != null && p.getRank() <= 0) {
                row.error("rank", "本人排名应大于0");
            }
        }
    }

    /** 每一大项最多可选三个作为该项的代表作. */
    static void representativeLimit(ApplicationForm form, ValidationContext ctx, Findings out) {
        limit(out, PROJECTS, "业绩成果-项目情况", form.getProjectAchievements());
        limit(out, AWARDS, "业绩成果-获奖情况", form.getAwardAchievements());
        limit(out, PUBLICATIONS, "学术成果-论文/著作/技术分析报告", form.getPublicationAchievements());
        limit(out, PATENTS, "学术成果-专利及软件著作权", form.getPatentAchievements());
    }

    /** Achievements obtained after the review year's 材料时效 cut-off (31 August) are not valid material. */
    static void materialCutoff(ApplicationForm form, ValidationContext ctx, Findings out) {
        if (ctx.reviewYear() == null) {
            return;
        }
        LocalDate cutoff = ctx.reviewYear().getMaterialCutoff();
        late(out, cutoff, PROJECTS, "业绩成果-项目情况", form.getProjectAchievements(),
                p -> p.getStatus() == CompletionStatus.COMPLETED && p.getEndDate() != null ? "endDate" : "startDate");
        late(out, cutoff, AWARDS, "业绩成果-获奖情况", form.getAwardAchievements(), a -> "awardDate");
        late(out, cutoff, PUBLICATIONS, "学术成果-论文/著作/技术分析报告", form.getPublicationAchievements(),
                p -> "publishedDate");
        late(out, cutoff, PATENTS, "学术成果-专利及软件著作权", form.getPatentAchievements(), p -> "grantDate");
    }

    private static void limit(Findings out, String list, String label, List<? extends Achievement> rows) {
        long chosen = rows.stream().filter(Achievement::isRepresentativeWork).count();
        if (chosen > MAX_REPRESENTATIVE) {
            out.error(list, label + "：代表作最多选" + MAX_REPRESENTATIVE + "项（当前" + chosen + "项）");
        }
    }

    private static <T extends Achievement> void late(Findings out, LocalDate cutoff, String list, String label,
                                                     List<T> rows, Function<T, String> dateField) {
        for (int i = 0; i < rows.size(); i++) {
            T row = rows.get(i);
            LocalDate date = row.achievementDate();
            if (date != null && date.isAfter(cutoff)) {
                out.row(list, label, i).error(dateField.apply(row),
                        "材料时效截至" + Text.date(cutoff) + "，其后取得的成果不作为评审的有效材料");
            }
        }
    }
}
