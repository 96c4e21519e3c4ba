package cn.zhicheng.application.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import cn.zhicheng.application.PublicityCandidate;
import cn.zhicheng.application.PublicityNotice;
import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.application.form.CurrentQualificationSection;
import cn.zhicheng.application.form.DeclaredQualificationSection;
import cn.zhicheng.application.form.EducationRow;
import cn.zhicheng.domain.model.application.Application;

/** The publicity list's rows and notice text (manual chapter 4), from the applications and the unit's notice form. */
final class PublicityLists {

    private static final String BLANK_DATE = "　　年　　月　　日";
    private static final String BLANK = "＿＿＿＿＿＿＿＿";

    private PublicityLists() {
    }

    static PublicityCandidate candidate(Application a, boolean printed) {
        ApplicationFormView f = FormAssembler.toView(a);
        EducationRow highest = f.getEducations().stream().filter(e -> e.getLevel() != null)
                .max(Comparator.comparingInt(e -> e.getLevel().rank())).orElse(null);
        CurrentQualificationSection c = f.getCurrentQualification();
        DeclaredQualificationSection d = f.getDeclaredQualification();
        return new PublicityCandidate(a.getId(), a.getSerialNo(), printed, a.getApplicant().getName(),
                a.getApplicant().getGender() == null ? genderOf(f) : a.getApplicant().getGender(),
                month(a.getApplicant().getBirthDate()),
                highest == null ? null : highest.getLevel().label(), highest == null ? null : month(highest.getGraduationDate()),
                c == null ? null : c.getQualificationName(), c == null ? null : month(c.getObtainedDate()),
                d == null ? null : d.getSpecialtyName(), d == null ? null : d.getTitleName(),
                d == null ? null : OfficialForms.label(d.getDeclarationType()));
    }

    private static String genderOf(ApplicationFormView f) {
        return f.getBasicInfo() == null ? null : OfficialForms.label(f.getBasicInfo().getGender());
    }

    static String notice(boolean pre, int year, String committee, PublicityNotice n) {
        String period = "公示时间从" + date(n.getStart()) + "至" + date(n.getEnd()) + "。";
        String lead = pre ? "经审核研究，同意推荐下列同志申报" + year + "年度专业技术资格评审，现予公示。"
                : "经" + (committee == null ? "评审委员会" : committee) + "评审，下列同志通过" + year
                        + "年度专业技术资格评审，现予公示。";
        return lead + period + "公示期间，如对公示人员有异议，请以书面形式向我单位反映（单位以单位名义、个人以真实姓名反映，"
                + "并提供联系方式）。\n受理情况反映的部门、电话和地址：\n单位部门：" + text(n.getDepartment())
                + "\n联系人：" + text(n.getContactName()) + "\n联系电话（传真）：" + text(n.getPhone())
                + "\n联系地址：" + text(n.getAddress()) + "　　邮政编码：" + text(n.getPostcode())
                + "\n附件：" + year + "年度推荐申报专业技术资格评审人员公示名单及申报信息表";
    }

    static String signature(String unitName, LocalDate today) {
        return "单位名称：" + text(unitName) + "（盖章）\n" + OfficialForms.dateText(today);
    }

    static int year(List<Application> applications, LocalDate today) {
        return applications.stream().filter(a -> a.getReviewYear() != null).map(a -> a.getReviewYear().getYear())
                .findFirst().orElse(today.getYear());
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? BLANK : s.strip();
    }

    private static String date(LocalDate d) {
        return d == null ? BLANK_DATE : OfficialForms.dateText(d);
    }

    private static String month(LocalDate d) {
        return d == null ? null : d.getYear() + "年" + d.getMonthValue() + "月";
    }
}
