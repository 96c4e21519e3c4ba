package cn.zhicheng.domain.model.application.validation;


import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.domain.model.application.form.BasicInfo;
import cn.zhicheng.domain.model.party.IdType;
import cn.zhicheng.domain.model.party.ResidentId;

/** Rules of 基本信息. */
final class BasicInfoRules {

    private BasicInfoRules() {
    }

    /** The starred fields of 基本信息 (证件号码 too: the form is nothing without it). */
    static void required(ApplicationForm form, ValidationContext ctx, Findings out) {
        BasicInfo b = form.getBasicInfo();
        out.require("basicInfo.name", "姓名", b.getName());
        out.require("basicInfo.gender", "性别", b.getGender());
        out.require("basicInfo.idType", "证件类型", b.getIdType());
        out.require("basicInfo.idNumber", "证件号码", b.getIdNumber());
        out.require("basicInfo.phone", "联系电话", b.getPhone());
        out.require("basicInfo.nationality", "国籍", b.getNationality());
        out.require("basicInfo.workStartDate", "参加工作时间", b.getWorkStartDate());
        out.require("basicInfo.workUnit", "现工作单位", b.getWorkUnit());
    }

    /** 国籍 = 中国 → 户籍, 民族, 政治面貌 required. */
    static void chineseNationalityFields(ApplicationForm form, ValidationContext ctx, Findings out) {
        BasicInfo b = form.getBasicInfo();
        if (!b.isChinese()) {
            return;
        }
        out.require("basicInfo.householdRegistration", "户籍", b.getHouseholdRegistration());
        out.require("basicInfo.ethnicity", "民族", b.getEthnicity());
        out.require("basicInfo.politicalStatus", "政治面貌", b.getPoliticalStatus());
    }

    /** 居民身份证: 18 digits with a valid GB 11643 check digit, and 出生日期 as the number says. */
    static void residentIdNumber(ApplicationForm form, ValidationContext ctx, Findings out) {
        BasicInfo b = form.getBasicInfo();
        if (b.getIdType() != IdType.RESIDENT_ID || Text.isMissing(b.getIdNumber())) {
            return;
        }
        String number = b.getIdNumber().trim();
        if (!ResidentId.isValid(number)) {
            out.error("basicInfo.idNumber", "证件号码：不是有效的18位居民身份证号码（请检查校验位）");
            return;
        }
        if (b.getBirthDate() != null && !b.getBirthDate().equals(ResidentId.birthDate(number))) {
            out.error("basicInfo.birthDate", "出生日期：与证件号码中的出生日期（"
                    + Text.date(ResidentId.birthDate(number)) + "）不一致");
        }
    }

    static void phoneFormat(ApplicationForm form, ValidationContext ctx, Findings out) {
        String phone = form.getBasicInfo().getPhone();
        if (!Text.isMissing(phone) && !cn.zhicheng.domain.model.party.ContactFormats.isPhone(phone)) {
            out.error("basicInfo.phone", "联系电话：格式不正确（应为11位手机号码或“区号-电话号码”）");
        }
    }

    static void emailFormat(ApplicationForm form, ValidationContext ctx, Findings out) {
        String email = form.getBasicInfo().getEmail();
        if (!Text.isMissing(email) && !cn.zhicheng.domain.model.party.ContactFormats.isEmail(email)) {
            out.error("basicInfo.email", "电子邮箱：格式不正确");
        }
    }

    static void workStartNotInFuture(ApplicationForm form, ValidationContext ctx, Findings out) {
        var start = form.getBasicInfo().getWorkStartDate();
        if (start != null && start.isAfter(ctx.now().toLocalDate())) {
            out.error("basicInfo.workStartDate", "参加工作时间：不能晚于当前日期");
        }
    }
}
