package cn.zhicheng.application.internal;

import java.util.List;

import cn.zhicheng.application.HistoryView;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.party.Role;

/** 进度 as an applicant reads it: who acted is a department and a role, never a staff member's login name. */
final class ApplicantHistory {

    /** Who acts for the platform (deadline closure, payment notification). */
    static final String PLATFORM = "平台系统";

    private ApplicantHistory() {
    }

    static List<HistoryView> of(List<HistoryView> views, Application application) {
        return views.stream().map(v -> v.shownAs(shownName(v.actorRole(), application))).toList();
    }

    /** The department and the role, e.g. 深圳市示例交通建设有限公司（单位管理员）; derived from the application now. */
    static String shownName(Role role, Application application) {
        String department = switch (role) {
            case INDIVIDUAL -> application.getApplicantName();
            case UNIT_ADMIN, UNIT_HANDLER -> application.getUnit() == null ? null : application.getUnit().getName();
            case OFFICE -> application.getCommittee() == null ? null : application.getCommittee().getOffice().getName();
            case EXPERT -> application.getCommittee() == null ? null : application.getCommittee().getName();
            case BUREAU -> Application.BUREAU_NAME;
            case SYS_ADMIN, SYSTEM -> PLATFORM;
        };
        if (department == null || department.equals(role.label())) {
            return role.label();
        }
        return department + "（" + role.label() + "）";
    }
}
