package cn.zhicheng.application;

import java.util.List;

import jakarta.ejb.Local;

import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.domain.model.application.material.MaterialKind;

/** The individual's side (个人申报): drafts, the form, materials, the unit, and the own list (我的事项). */
@Local
public interface ApplicationService {

    /** 我要申报: a new draft in the review year whose application window is open now. */
    ApplicationSummary startDraft();

    /** Saves the whole form of a draft or returned application (validation happens at submit). */
    ApplicationSummary saveForm(long applicationId, long expectedVersion, ApplicationForm form);

    /** The units the caller may send to: the social-insurance unit, and units that list the caller. */
    List<UnitOption> unitsForMe();

    /** 申报下一环节信息: 报送去向 送单位审核, to one of {@link #unitsForMe()}. */
    ApplicationSummary sendTo(long applicationId, long expectedVersion, long unitId);

    /** Uploads one file of a material (checked by content and size) to the caller's own application. */
    long upload(long applicationId, MaterialKind kind, String fileName, byte[] content);

    /** 我的事项, one tab, one page. */
    Page<ApplicationSummary> myApplications(ApplicationState.Tab tab, int first, int pageSize);
}
