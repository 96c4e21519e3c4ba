package cn.zhicheng.it.office;

import static cn.zhicheng.domain.model.application.ApplicationState.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.zhicheng.application.BulkOutcome;
import cn.zhicheng.application.BureauService;
import cn.zhicheng.application.BureauStepView;
import cn.zhicheng.application.FieldChange;
import cn.zhicheng.application.FormService;
import cn.zhicheng.application.OfficeAuditService;
import cn.zhicheng.application.ReturnNotice;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.application.decision.DecisionRefusedException;
import cn.zhicheng.application.decision.OfficeReturn;
import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.application.form.BasicInfoSection;
import cn.zhicheng.application.form.OrganisationPostRow;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;

/**
 * The committee office's audits and the bureau's steps (issue 8), through the real services as the real roles and
 * asserted in the database: scope (another committee's office sees and decides nothing), 一次性告知 stored and shown
 * to the applicant, the changes since the return field by field, 批量通过 with one refusal, 受理 → 审核 → 审批.
 */
@ExtendWith(ArquillianExtension.class)
class OfficeAuditIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(OfficeAuditIT.class);
    }

    @EJB
    OfficeAuditService audits;

    @EJB
    WorkflowService workflow;

    @EJB
    FormService forms;

    @EJB
    BureauService bureau;

    /** Two items of 一次性告知: a section and a material, each with its note. */
    static final List<OfficeReturn.ReturnItem> ITEMS = List.of(
            new OfficeReturn.ReturnItem("基本信息", "联系电话有误，请更正。"),
            new OfficeReturn.ReturnItem("学历、学位证明材料", "毕业证书扫描件不清晰，请重新上传。"));

    @Test
    void anotherCommitteesOfficeNeitherSeesNorDecides() throws Exception {
        Journey.Case c = Journey.at(OFFICE_PRE_AUDIT);
        long history = Journey.historyCount(c.id());

        Users.run("office-dz", () -> {
            assertThrows(ApplicationNotFoundException.class, () -> workflow.find(c.id()));
            assertThrows(ApplicationNotFoundException.class, () -> audits.returnNotice(c.id()));
            assertThrows(ApplicationNotFoundException.class, () -> audits.changesSinceReturn(c.id()));
            assertThrows(ApplicationNotFoundException.class, () -> audits.materials(c.id()));
            assertThrows(ApplicationNotFoundException.class, () -> workflow.decide(c.id(), Journey.version(c.id()),
                    new OfficeReturn("退回", ITEMS)));
            List<BulkOutcome> outcomes = audits.approveAll(List.of(c.id()), null);
            assertEquals(1, outcomes.size());
            assertFalse(outcomes.get(0).approved());
            // answered exactly as a missing id: no serial number, no applicant, the not-found reason
            assertNull(outcomes.get(0).serialNo());
            assertNull(outcomes.get(0).applicantName());
            assertEquals(MessageKey.NOT_FOUND, outcomes.get(0).refusal().key());
        });
        List<BulkOutcome> missing = Users.as("office-dz", () -> audits.approveAll(List.of(-1L), null));
        assertEquals(MessageKey.NOT_FOUND, missing.get(0).refusal().key());

        assertEquals(OFFICE_PRE_AUDIT, Journey.state(c.id()));
        assertEquals(history, Journey.historyCount(c.id()));
        // the work list of the other office does not count it either
        assertEquals(0, Db.count("SELECT COUNT(*) FROM decision_record WHERE application_id = ? AND actor_username = 'office-dz'",
                c.id()));
    }

    @Test
    void theReturnItemsAreStoredAndTheApplicantSeesThemAll() throws Exception {
        Journey.Case c = Journey.at(OFFICE_PRE_AUDIT);
        assertNull(Users.as(c.applicant().username(), () -> audits.returnNotice(c.id())));
        // the office reads the materials it may name: the fixture's photo, commitment and education proof, and the
        // unit's two signed forms of its stages
        assertEquals(List.of("照片", "《广东省深圳市职称申报承诺书》(个人)", "学历、学位证明材料",
                        "《广东省深圳市职称申报承诺书》(单位)", "《资格评审评前公示情况表》(评前)"),
                Users.as("office-jt", () -> audits.materials(c.id())).stream().map(m -> m.kindLabel()).toList());

        Journey.decide(c, "office-jt", new OfficeReturn("请按一次性告知内容修改。", ITEMS));

        assertEquals(RETURNED, Journey.state(c.id()));
        List<Object[]> stored = Db.rows("SELECT i.section, i.note FROM decision_return_item i JOIN decision_record d "
                + "ON d.id = i.decision_id WHERE d.application_id = ? ORDER BY i.position", c.id());
        assertEquals(2, stored.size());
        assertEquals("基本信息", stored.get(0)[0]);
        assertEquals("毕业证书扫描件不清晰，请重新上传。", stored.get(1)[1]);
        // the form as it stood at the return is kept with the return
        assertTrue(Db.count("SELECT COUNT(*) FROM return_snapshot_field WHERE application_id = ? "
                + "AND field_key = 'basicInfo.name'", c.id()) == 1);

        ReturnNotice notice = Users.as(c.applicant().username(), () -> audits.returnNotice(c.id()));
        assertTrue(notice.open());
        assertEquals("请按一次性告知内容修改。", notice.opinion());
        assertEquals(ITEMS, notice.items());
        // the unit that sent it reads the same list
        assertEquals(ITEMS, Users.as("jt-admin", () -> audits.returnNotice(c.id())).items());

        // a return naming nothing is refused, with nothing written
        Journey.Case other = Journey.at(OFFICE_PRE_AUDIT);
        DecisionRefusedException refused = assertThrows(DecisionRefusedException.class,
                () -> Journey.decide(other, "office-jt", new OfficeReturn("退回", List.of())));
        assertEquals(MessageKey.RETURN_ITEMS_REQUIRED, refused.reason());
        assertEquals(0, Db.count("SELECT COUNT(*) FROM return_snapshot_field WHERE application_id = ?", other.id()));
    }

    @Test
    void afterResubmissionTheOfficeSeesWhatChangedFieldByField() throws Exception {
        Journey.Case c = Journey.at(OFFICE_PRE_AUDIT);
        Journey.decide(c, "office-jt", new OfficeReturn("请修改。", ITEMS));
        String phoneBefore = Db.string("SELECT field_value FROM return_snapshot_field WHERE application_id = ? "
                + "AND field_key = 'basicInfo.phone'", c.id());

        Users.run(c.applicant().username(), () -> {
            ApplicationFormView form = forms.form(c.id());
            BasicInfoSection basic = form.getBasicInfo();
            basic.setPhone("13912345678");
            long version = forms.saveSection(c.id(), form.getVersion(), basic).version();
            OrganisationPostRow post = new OrganisationPostRow();
            post.setStartDate(LocalDate.of(2018, 1, 1));
            post.setOrganisationName("深圳市土木建筑学会");
            post.setPost("会员");
            forms.addRow(c.id(), version, post);
        });
        Journey.act(c, null, Action.RESUBMIT);
        assertEquals(OFFICE_PRE_AUDIT, Journey.state(c.id()));

        List<FieldChange> changes = Users.as("office-jt", () -> audits.changesSinceReturn(c.id()));
        assertEquals(2, changes.size(), changes.toString());
        FieldChange phone = changes.get(0);
        assertEquals("basicInfo", phone.section());
        assertEquals("phone", phone.field());
        assertEquals(phoneBefore, phone.before());
        assertEquals("13912345678", phone.after());
        assertEquals(FieldChange.Kind.CHANGED, phone.kind());
        FieldChange added = changes.get(1);
        assertEquals("organisationPosts", added.section());
        assertEquals("专业行业组织职务", added.sectionLabel());
        assertEquals(FieldChange.Kind.ROW_ADDED, added.kind());
        assertEquals(1, added.row());

        ReturnNotice notice = Users.as(c.applicant().username(), () -> audits.returnNotice(c.id()));
        assertFalse(notice.open(), "resubmitted: the list is history now");
        assertThrows(ApplicationNotFoundException.class,
                () -> Users.as("office-dz", () -> audits.changesSinceReturn(c.id())));
    }

    @Test
    void bulkApprovalWithOneRefusalApprovesTheOthers() throws Exception {
        Journey.Case pre1 = Journey.at(OFFICE_PRE_AUDIT);
        Journey.Case pre2 = Journey.at(OFFICE_PRE_AUDIT);
        Journey.Case post = Journey.at(OFFICE_POST_AUDIT);
        Journey.Case paying = Journey.at(AWAITING_PAYMENT);
        long payingHistory = Journey.historyCount(paying.id());

        List<BulkOutcome> outcomes = Users.as("office-jt", () -> audits.approveAll(
                List.of(pre1.id(), paying.id(), pre2.id(), post.id()), "材料齐全，同意。"));

        assertEquals(4, outcomes.size());
        assertEquals(List.of(true, false, true, true), outcomes.stream().map(BulkOutcome::approved).toList());
        assertEquals(MessageKey.ILLEGAL_TRANSITION, outcomes.get(1).refusal().key());
        assertNotNull(outcomes.get(1).serialNo());
        assertEquals(AWAITING_PAYMENT, Journey.state(pre1.id()));
        assertEquals(AWAITING_PAYMENT, Journey.state(pre2.id()));
        assertEquals(BUREAU_REVIEW, Journey.state(post.id()));
        assertEquals(AWAITING_PAYMENT, Journey.state(paying.id()));
        assertEquals(payingHistory, Journey.historyCount(paying.id()));
        assertEquals("材料齐全，同意。", Db.string("SELECT opinion FROM application_history WHERE application_id = ? "
                + "AND action = 'OFFICE_POST_APPROVE'", post.id()));
        assertThrows(EJBAccessException.class, () -> Users.as("bureau", () -> audits.approveAll(List.of(pre1.id()), null)));
    }

    @Test
    void theBureauAcceptsThenAuditsThenApproves() throws Exception {
        Journey.Case c = Journey.at(BUREAU_REVIEW);
        Users.run("bureau", () -> {
            assertEquals(BureauStepView.Step.ACCEPT, bureau.nextStep(c.id()));
            DecisionRefusedException early = assertThrows(DecisionRefusedException.class,
                    () -> bureau.approve(c.id(), Journey.version(c.id()), "同意"));
            assertEquals(MessageKey.BUREAU_STEP_OUT_OF_ORDER, early.reason());
            DecisionRefusedException skip = assertThrows(DecisionRefusedException.class,
                    () -> bureau.record(c.id(), Journey.version(c.id()), BureauStepView.Step.AUDIT, "审核"));
            assertEquals(MessageKey.BUREAU_STEP_OUT_OF_ORDER, skip.reason());
            DecisionRefusedException blank = assertThrows(DecisionRefusedException.class,
                    () -> bureau.record(c.id(), Journey.version(c.id()), BureauStepView.Step.ACCEPT, " "));
            assertEquals(MessageKey.OPINION_REQUIRED, blank.reason());

            bureau.record(c.id(), Journey.version(c.id()), BureauStepView.Step.ACCEPT, "材料齐全，予以受理。");
            DecisionRefusedException again = assertThrows(DecisionRefusedException.class,
                    () -> bureau.record(c.id(), Journey.version(c.id()), BureauStepView.Step.ACCEPT, "再受理"));
            assertEquals(MessageKey.BUREAU_STEP_TAKEN, again.reason());
            bureau.record(c.id(), Journey.version(c.id()), BureauStepView.Step.AUDIT, "审核通过。");
            assertEquals(BureauStepView.Step.APPROVE, bureau.nextStep(c.id()));
            assertEquals(BUREAU_REVIEW, Journey.state(c.id()));
            bureau.approve(c.id(), Journey.version(c.id()), "同意核准。");
        });
        assertEquals(BUREAU_PUBLICITY, Journey.state(c.id()));
        assertEquals(List.of("ACCEPT", "AUDIT"), Db.rows("SELECT step FROM bureau_step WHERE application_id = ? ORDER BY id",
                c.id()).stream().map(r -> (String) r[0]).toList());
        assertEquals("同意核准。", Db.string("SELECT opinion FROM application_history WHERE application_id = ? "
                + "AND action = 'BUREAU_APPROVE'", c.id()));
        assertThrows(EJBAccessException.class,
                () -> Users.as("office-jt", () -> bureau.steps(c.id())));

        // 不通过 at any step, with its reason
        Journey.Case rejected = Journey.at(BUREAU_REVIEW);
        Users.run("bureau", () -> {
            DecisionRefusedException noReason = assertThrows(DecisionRefusedException.class,
                    () -> bureau.reject(rejected.id(), Journey.version(rejected.id()), null));
            assertEquals(MessageKey.OPINION_REQUIRED, noReason.reason());
            bureau.reject(rejected.id(), Journey.version(rejected.id()), "不符合申报条件。");
        });
        assertEquals(REJECTED, Journey.state(rejected.id()));
    }
}
