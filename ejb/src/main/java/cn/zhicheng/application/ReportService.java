package cn.zhicheng.application;

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
}
