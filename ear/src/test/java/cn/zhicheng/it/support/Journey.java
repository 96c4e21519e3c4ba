package cn.zhicheng.it.support;

import static cn.zhicheng.domain.model.application.Action.*;
import static cn.zhicheng.domain.model.application.ApplicationState.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import cn.zhicheng.application.ApplicantService;
import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.FormService;
import cn.zhicheng.application.PlatformActions;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.application.decision.CertificateIssue;
import cn.zhicheng.application.decision.DeadlineClosure;
import cn.zhicheng.application.decision.Decision;
import cn.zhicheng.application.decision.MeetingResult;
import cn.zhicheng.application.decision.OfficeReturn;
import cn.zhicheng.application.decision.Opinion;
import cn.zhicheng.application.decision.PaymentConfirmation;
import cn.zhicheng.application.decision.PublicityResult;
import cn.zhicheng.application.decision.Submission;
import cn.zhicheng.application.decision.UnitApproval;
import cn.zhicheng.application.decision.UnitReturn;
import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.application.form.FormListRow;
import cn.zhicheng.application.form.FormSection;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.Actor;
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

    /** The platform's own identity (no account): its actions go through {@link PlatformActions}. */
    public static final String SYSTEM = Actor.SYSTEM_NAME;

    /** A publicity of 5 working days (Mon 2020-12-21 to Fri 2020-12-25) that ended before the tests' clock. */
    public static final LocalDate PUBLICITY_START = LocalDate.of(2020, 12, 21);
    public static final LocalDate PUBLICITY_END = LocalDate.of(2020, 12, 25);

    /** 单位的综合评价 of exactly 150 characters. */
    public static final String EVALUATION_150 = "该同志工作认真负责".repeat(16) + "业绩突出推荐";

    public static final List<Step> HAPPY_PATH = List.of(
            new Step(DRAFT, null, SUBMIT),
            new Step(UNIT_REVIEW, "jt-admin", UNIT_APPROVE),
            new Step(UNIT_PRE_PUBLICITY, "jt-admin", PRE_PUBLICITY_PASS),
            new Step(OFFICE_PRE_AUDIT, "office-jt", OFFICE_PRE_APPROVE),
            new Step(AWAITING_PAYMENT, SYSTEM, PAYMENT_CONFIRMED),
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

    public static PlatformActions platform() {
        return lookup("java:global/zhicheng/zhicheng-ejb/DefaultPlatformActions!cn.zhicheng.application.PlatformActions");
    }

    public static ApplicantService applications() {
        return lookup("java:global/zhicheng/zhicheng-ejb/DefaultApplicantService!cn.zhicheng.application.ApplicantService");
    }

    public static FormService forms() {
        return lookup("java:global/zhicheng/zhicheng-ejb/DefaultFormService!cn.zhicheng.application.FormService");
    }

    /** A complete draft of a new applicant, materials uploaded and the unit chosen: ready to submit. */
    public static Case draft(long specialtyId) throws Exception {
        return draft(Fixtures.applicantOf(Fixtures.JT_ORG_CODE), specialtyId);
    }

    /** Another complete draft of an existing applicant (scenarios between one person's applications). */
    public static Case draft(Fixtures.Applicant who, long specialtyId) throws Exception {
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

    /** The user takes the action's sample decision on the application as it is now (null user: the applicant). */
    public static ApplicationSummary act(Case c, String user, Action action) throws Exception {
        return decide(c, user, decisionFor(action));
    }

    /** The user takes a decision on the application as it is now (null: the applicant; {@link #SYSTEM}: the platform). */
    public static ApplicationSummary decide(Case c, String user, Decision decision) throws Exception {
        long version = version(c.id());
        if (SYSTEM.equals(user)) {
            // an internal caller without an account, as the payment notification or a timer will be
            return decision instanceof PaymentConfirmation payment ? platform().confirmPayment(c.id(), version, payment)
                    : platform().closeByDeadline(c.id(), version);
        }
        if (user != null) {
            unitMaterialFor(c, user, decision.action());
            bureauStepsFor(c, user, decision.action());
        }
        WorkflowService workflow = workflow();
        return Users.as(user == null ? c.applicant().username() : user, () -> workflow.decide(c.id(), version, decision));
    }

    /**
     * The unit's signed form a unit decision requires (单位承诺书, 公示情况表), uploaded by the deciding
     * user if it is not there yet; a refused upload (not the unit, wrong stage) is left to the decision to answer.
     */
    public static void unitMaterialFor(Case c, String user, Action action) throws Exception {
        java.util.Optional<MaterialKind> kind = MaterialKind.requiredBy(action);
        if (kind.isEmpty() || Db.count("SELECT COUNT(*) FROM material_file WHERE application_id = ? AND material_kind = ?",
                c.id(), kind.get().name()) > 0) {
            return;
        }
        // only the unit's own accounts holding 资格评审 at the material's stage: anything else is the decision's to refuse
        String stage = switch (kind.get().stage()) {
            case UNIT_REVIEW -> "UNIT_REVIEW";
            case PRE_PUBLICITY -> "UNIT_PRE_PUBLICITY";
            default -> "UNIT_POST_PUBLICITY";
        };
        boolean mayUpload = Db.count("SELECT COUNT(*) FROM user_account u JOIN application a ON a.unit_id = u.unit_id "
                + "WHERE u.username = ? AND a.id = ? AND a.state = ? AND (u.role = 'UNIT_ADMIN' OR (u.role = 'UNIT_HANDLER' "
                + "AND EXISTS (SELECT 1 FROM handler_grant g WHERE g.account_id = u.id AND g.kind = 'BUSINESS_ITEM' "
                + "AND g.code = '003'))) AND u.enabled = TRUE", user, c.id(), stage) > 0;
        if (!mayUpload) {
            return;
        }
        cn.zhicheng.application.MaterialService materials = lookup(
                "java:global/zhicheng/zhicheng-ejb/DefaultMaterialService!cn.zhicheng.application.MaterialService");
        try {
            Users.as(user, () -> materials.uploadForUnit(c.id(), kind.get(), kind.get().name() + ".pdf", Forms.pdf()));
        } catch (cn.zhicheng.domain.shared.BusinessException | jakarta.ejb.EJBAccessException notTheUnits) {
            // the decision itself gives the refusal the test expects
        }
    }

    /**
     * 受理 and 审核 recorded by the bureau user through the bureau's service before its 审批 (the transition requires
     * them), unless recorded already; a refusal is left to the decision to answer.
     */
    public static void bureauStepsFor(Case c, String user, Action action) throws Exception {
        if (action != Action.BUREAU_APPROVE || !"BUREAU".equals(Db.string("SELECT role FROM user_account WHERE username = ?", user))
                || state(c.id()) != ApplicationState.BUREAU_REVIEW) {
            return;
        }
        cn.zhicheng.application.BureauService bureau = lookup(
                "java:global/zhicheng/zhicheng-ejb/DefaultBureauService!cn.zhicheng.application.BureauService");
        for (cn.zhicheng.application.BureauStepView.Step step : List.of(cn.zhicheng.application.BureauStepView.Step.ACCEPT,
                cn.zhicheng.application.BureauStepView.Step.AUDIT)) {
            if (Db.count("SELECT COUNT(*) FROM bureau_step WHERE application_id = ? AND step = ?", c.id(), step.name()) == 0) {
                Users.as(user, () -> bureau.record(c.id(), version(c.id()), step, step.label() + "意见"));
            }
        }
    }

    /** A complete decision for the action that passes its guard at the tests' clock; opinions say "<label>意见". */
    public static Decision decisionFor(Action action) {
        String opinion = action.label() + "意见";
        return switch (action) {
            case SUBMIT, RESUBMIT -> new Submission(action, opinion);
            case UNIT_APPROVE -> new UnitApproval("已完成继续教育", "无负面情况",
                    List.of(new UnitApproval.Appraisal(2019, "称职(合格)"), new UnitApproval.Appraisal(2020, "优秀")),
                    EVALUATION_150, false);
            case UNIT_RETURN -> new UnitReturn(opinion);
            case PRE_PUBLICITY_PASS, PRE_PUBLICITY_FAIL, POST_PUBLICITY_PASS, POST_PUBLICITY_OBJECTION_UPHELD,
                 BUREAU_PUBLICITY_PASS, BUREAU_PUBLICITY_OBJECTION_UPHELD ->
                    new PublicityResult(action, PUBLICITY_START, PUBLICITY_END, opinion);
            case OFFICE_PRE_RETURN -> new OfficeReturn(opinion,
                    List.of(new OfficeReturn.ReturnItem("学历信息", "毕业证书扫描件不清晰，请重新上传。")));
            case PAYMENT_CONFIRMED -> new PaymentConfirmation("PAY202101090001", new BigDecimal("300.00"),
                    LocalDateTime.of(2021, 1, 9, 10, 0));
            case EXPERT_PASS -> new MeetingResult(action, 9, 7, 1, 1, opinion);
            case EXPERT_FAIL -> new MeetingResult(action, 9, 5, 3, 1, opinion);
            case ISSUE_CERTIFICATE -> new CertificateIssue(opinion);
            case CLOSE_BY_DEADLINE -> new DeadlineClosure();
            default -> new Opinion(action, opinion);
        };
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
