package cn.zhicheng.it.support;

import static cn.zhicheng.domain.model.application.Action.*;
import static cn.zhicheng.domain.model.application.ApplicationState.*;

import java.util.List;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import cn.zhicheng.application.ApplicantService;
import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.FormService;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.application.form.FormListRow;
import cn.zhicheng.application.form.FormSection;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.material.MaterialKind;

/**
 * Drives applications through the real services, each step as a user of the right role: the happy path of
 * SPEC §2 and the ways out of it. Every application belongs to a fresh fixture applicant of the transport
 * company (jt-admin, jt-handler; office-jt; bureau).
 */
public final class Journey {

    /** One step of the happy path: who acts, and what they do. */
    public record Step(ApplicationState from, String actor, Action action) {
    }

    public static final List<Step> HAPPY_PATH = List.of(
            new Step(DRAFT, null, SUBMIT),
            new Step(UNIT_REVIEW, "jt-admin", UNIT_APPROVE),
            new Step(UNIT_PRE_PUBLICITY, "jt-admin", PRE_PUBLICITY_PASS),
            new Step(OFFICE_PRE_AUDIT, "office-jt", OFFICE_PRE_APPROVE),
            new Step(AWAITING_PAYMENT, "admin", PAYMENT_CONFIRMED),
            new Step(EXPERT_REVIEW, "office-jt", EXPERT_PASS),
            new Step(UNIT_POST_PUBLICITY, "jt-handler", POST_PUBLICITY_PASS),
            new Step(OFFICE_POST_AUDIT, "office-jt", OFFICE_POST_APPROVE),
            new Step(BUREAU_REVIEW, "bureau", BUREAU_APPROVE),
            new Step(BUREAU_PUBLICITY, "bureau", BUREAU_PUBLICITY_PASS),
            new Step(CERTIFICATE, "bureau", ISSUE_CERTIFICATE));

    public record Case(long id, Fixtures.Applicant applicant) {
    }

    private Journey() {
    }

    public static WorkflowService workflow() {
        return lookup("java:global/zhicheng/zhicheng-ejb/DefaultWorkflowService!cn.zhicheng.application.WorkflowService");
    }

    public static ApplicantService applications() {
        return lookup("java:global/zhicheng/zhicheng-ejb/DefaultApplicantService!cn.zhicheng.application.ApplicantService");
    }

    public static FormService forms() {
        return lookup("java:global/zhicheng/zhicheng-ejb/DefaultFormService!cn.zhicheng.application.FormService");
    }

    /** A complete draft of a new applicant, materials uploaded and the unit chosen: ready to submit. */
    public static Case draft(long specialtyId) throws Exception {
        Fixtures.Applicant who = Fixtures.applicantOf(Fixtures.JT_ORG_CODE);
        ApplicantService applications = applications();
        long id = Users.as(who.username(), () -> {
            ApplicationSummary draft = applications.startDraft();
            long version = fill(draft.id(), draft.version(), Forms.valid(who, specialtyId, Fixtures.JT_NAME));
            applications.sendTo(draft.id(), version, Fixtures.unitId(Fixtures.JT_ORG_CODE));
            applications.upload(draft.id(), MaterialKind.PHOTO, "photo.jpg", Forms.jpeg());
            applications.upload(draft.id(), MaterialKind.PERSONAL_COMMITMENT, "承诺书.pdf", Forms.pdf());
            applications.upload(draft.id(), MaterialKind.EDUCATION_PROOF, "学历.pdf", Forms.pdf());
            return draft.id();
        });
        return new Case(id, who);
    }

    /**
     * Writes a whole form section by section and row by row, as the screens do (call it as the applicant); returns
     * the application's version after the last write.
     */
    public static long fill(long applicationId, long version, ApplicationFormView form) {
        FormService forms = forms();
        for (FormSection section : form.sections()) {
            version = forms.saveSection(applicationId, version, section).version();
        }
        for (FormListRow row : form.rows()) {
            version = forms.addRow(applicationId, version, row).version();
        }
        return version;
    }

    /** A new application, driven along the happy path until it is in the given state (RETURNED: by the unit). */
    public static Case at(ApplicationState target) throws Exception {
        return at(target, Forms.ENGINEER_TRAFFIC);
    }

    public static Case at(ApplicationState target, long specialtyId) throws Exception {
        Case c = draft(specialtyId);
        if (target == RETURNED) {
            act(c, null, SUBMIT);
            act(c, "jt-admin", UNIT_RETURN);
            return c;
        }
        for (Step step : HAPPY_PATH) {
            if (state(c.id()) == target) {
                return c;
            }
            act(c, step.actor(), step.action());
        }
        if (state(c.id()) != target) {
            throw new IllegalStateException("cannot reach " + target);
        }
        return c;
    }

    /** The user acts on the application as it is now (null user: the applicant). */
    public static ApplicationSummary act(Case c, String user, Action action) throws Exception {
        long version = version(c.id());
        WorkflowService workflow = workflow();
        return Users.as(user == null ? c.applicant().username() : user,
                () -> workflow.perform(c.id(), action, version, action.label() + "意见", List.of()));
    }

    public static ApplicationState state(long id) {
        return ApplicationState.valueOf(Db.string("SELECT state FROM application WHERE id = ?", id));
    }

    public static long version(long id) {
        return ((Number) Db.value("SELECT version FROM application WHERE id = ?", id)).longValue();
    }

    public static long historyCount(long id) {
        return Db.count("SELECT COUNT(*) FROM application_history WHERE application_id = ?", id);
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookup(String name) {
        try {
            return (T) InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
