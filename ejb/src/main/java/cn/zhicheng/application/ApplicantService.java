package cn.zhicheng.application;

import java.util.List;
import java.util.Map;

import jakarta.ejb.Local;

import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.application.form.EducationRow;
import cn.zhicheng.application.form.ExamResultSection;
import cn.zhicheng.application.form.InsuredUnit;
import cn.zhicheng.domain.model.application.material.MaterialKind;

/**
 * The individual's side (个人申报): drafts, materials, the unit, the registry look-ups that fill the form (获取), and
 * the own list (我的事项). The form itself is read and written through {@link FormService}.
 */
@Local
public interface ApplicantService {

    /** 我要申报: a new draft in the review year whose application window is open now. */
    ApplicationSummary startDraft();

    /** The units the caller may send to: the social-insurance unit, and units that list the caller. */
    List<UnitOption> unitsForMe();

    /** 申报下一环节信息: the unit the caller's application is sent to; null while none is chosen. */
    Long chosenUnit(long applicationId);

    /** 申报下一环节信息: 报送去向 送单位审核, to one of {@link #unitsForMe()}. */
    ApplicationSummary sendTo(long applicationId, long expectedVersion, long unitId);

    /** Uploads one file of a material (checked by content and size) to the caller's own application. */
    long upload(long applicationId, MaterialKind kind, String fileName, byte[] content);

    /**
     * 学历证书编号 + 获取: the certificate's facts as a new 教育经历 row (not yet added; every field stays editable).
     * Refused ({@link RegistryLookupException}) when the registry does not know the number.
     */
    EducationRow educationByCertificate(String certificateNo);

    /**
     * 准考证号 + 获取 on the caller's own application: the registry's result as the 专业实践能力考试成绩 section (考试地点
     * stays to be typed). Refused when the ticket is unknown or issued to someone else, when the application's
     * specialty needs no exam, or when the exam's subject is not that of the declared specialty.
     */
    ExamResultSection examResultByTicket(long applicationId, String ticketNo);

    /** 现参保单位 and its 组织机构码 of the caller, from the social-insurance registry; refused when not insured. */
    InsuredUnit myInsuredUnit();

    /** 我的事项, one tab, one page. */
    Page<ApplicationSummary> myApplications(ApplicationState.Tab tab, int first, int pageSize);

    /**
     * 我的事项's tab counts: the caller's applications per tab (every tab present, 0 if none; {@code ALL} is their
     * sum), from one grouped count in the database.
     */
    Map<ApplicationState.Tab, Long> myApplicationCounts();

    /**
     * 我的事项's export (admin stream): the tab's applications above the id {@code afterId} (null: from the first),
     * ascending by id, up to {@code max} (at most 1000).
     */
    List<ApplicationSummary> myApplicationsAfter(ApplicationState.Tab tab, Long afterId, int max);
}
