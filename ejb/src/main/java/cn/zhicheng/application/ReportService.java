package cn.zhicheng.application;

import java.util.List;

import jakarta.ejb.Local;

/**
 * Official forms as PDF (报表打印). The service reads what a form needs under the caller's scope and hands
 * the renderers of the reports module their own beans; an application the caller may not see is answered
 * exactly like one that does not exist.
 */
@Local
public interface ReportService {

    /**
     * 《广东省深圳市职称申报承诺书》(个人), filled with the applicant, the declaring unit, the title and specialty
     * applied for (blank lines while not chosen) and today's date on the platform clock.
     *
     * @throws cn.zhicheng.domain.model.application.ApplicationNotFoundException when there is no such
     *         application or the caller may not see it
     */
    ReportFile personalCommitment(long applicationId);

    /**
     * The forms this caller may print for the application now, in the order of the 报表打印 page: the applicant's
     * (登记表, 个人承诺书, 破格推荐表 when the declaration is 破格申报) for everyone in scope; the unit's commitment from
     * 单位审核 on; a publicity's 情况表 once the application has reached that publicity.
     *
     * @throws cn.zhicheng.domain.model.application.ApplicationNotFoundException as for a missing application
     */
    List<OfficialForm> printableForms(long applicationId);

    /**
     * One of the forms as PDF (any of {@link OfficialForm}, whether or not {@link #printableForms} lists it now:
     * a blank form to fill in by hand is still a form).
     *
     * @throws cn.zhicheng.domain.model.application.ApplicationNotFoundException as for a missing application
     */
    ReportFile form(long applicationId, OfficialForm form);

    /** 《职称评审申报人情况登记表》: every section of the application, with the photo or a blank 照片 box. */
    ReportFile registrationForm(long applicationId);

    /**
     * 打印评前公示名单 / 打印评后公示名单 (unit roles): the applications in the caller's scope at that publicity, oldest
     * submission first, filtered by 打印状态 ({@code printed} null: all) and by the applicant's name or ID (prefix).
     */
    Page<PublicityCandidate> publicityCandidates(boolean pre, Boolean printed, String applicant, int first, int pageSize);

    /**
     * 导出Excel of 打印公示名单: the rows of {@link #publicityCandidates} (same roles, scope and filter) above a key,
     * ascending by application id, at most 1000.
     */
    java.util.List<PublicityCandidate> publicityCandidatesAfter(boolean pre, Boolean printed, String applicant, Long afterId,
                                                                int max);

    /**
     * The publicity list of the selected applications (each in the caller's scope and at that publicity, else answered
     * as missing): the notice with the unit's name and today's date, then the table; each applicant is recorded as
     * printed for that stage.
     */
    ReportFile publicityList(boolean pre, PublicityNotice notice, java.util.List<Long> applicationIds);
}
