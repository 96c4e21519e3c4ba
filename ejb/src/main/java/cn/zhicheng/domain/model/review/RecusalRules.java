package cn.zhicheng.domain.model.review;

import java.util.Optional;

import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.form.BasicInfo;
import cn.zhicheng.domain.model.application.form.WorkExperience;

/**
 * When an expert must stay out of an applicant's review without being asked (人社部令第40号 第二十二条): the applicant
 * is of the expert's own unit — the unit the application was sent to, the insured unit or the current work unit has
 * the expert's organisation code or name — or the expert's unit is a former unit in the applicant's work history.
 */
public final class RecusalRules {

    private RecusalRules() {
    }

    public static Optional<RecusalReason> automatic(Expert expert, Application application) {
        String code = expert.getUnitOrgCode();
        String unitName = expert.getUnitName();
        if (application.getUnit() != null && same(code, application.getUnit().getOrgCode())) {
            return Optional.of(RecusalReason.OWN_UNIT);
        }
        BasicInfo basic = application.getForm() == null ? null : application.getForm().getBasicInfo();
        if (basic != null && (same(code, basic.getInsuredUnitOrgCode()) || same(unitName, basic.getWorkUnit()))) {
            return Optional.of(RecusalReason.OWN_UNIT);
        }
        if (application.getForm() != null && unitName != null && !unitName.isBlank()) {
            for (WorkExperience row : application.getForm().getWorkExperiences()) {
                if (row.getWorkplace() != null && row.getWorkplace().contains(unitName.strip())) {
                    return Optional.of(RecusalReason.FORMER_UNIT);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && !a.isBlank() && a.strip().equalsIgnoreCase(b.strip());
    }
}
