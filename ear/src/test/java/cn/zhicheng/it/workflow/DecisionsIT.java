package cn.zhicheng.it.workflow;

import static cn.zhicheng.domain.model.application.ApplicationState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.zhicheng.application.DecisionView;
import cn.zhicheng.application.decision.CertificateIssue;
import cn.zhicheng.application.decision.Decision;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.application.decision.DecisionRefusedException;
import cn.zhicheng.application.decision.MeetingResult;
import cn.zhicheng.application.decision.OfficeReturn;
import cn.zhicheng.application.decision.PaymentConfirmation;
import cn.zhicheng.application.decision.PublicityResult;
import cn.zhicheng.application.decision.Submission;
import cn.zhicheng.application.decision.UnitApproval;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;

/**
 * Typed decisions through the one transition path: each guard refuses with nothing written and the refusal recorded,
 * and every decision taken is recorded in its own table(s), linked to the history entry written with it.
 */
@ExtendWith(ArquillianExtension.class)
class DecisionsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DecisionsIT.class);
    }

    @Test
    void aUnitEvaluationOf149ChineseCharactersIsRefusedAnd150Accepted() throws Exception {
        Journey.Case c = Journey.at(UNIT_REVIEW);
        UnitApproval short149 = approval(Journey.EVALUATION_150.substring(1));
        assertEquals(149, short149.evaluation().length());

        DecisionRefusedException refused = assertRefusedAndNothingWritten(c, "jt-admin", short149);
        assertEquals(MessageKey.EVALUATION_TOO_SHORT, refused.reason());
        assertEquals("单位的综合评价不少于150字，当前为149字。", refused.getMessage());

        Journey.decide(c, "jt-admin", approval(Journey.EVALUATION_150));
        assertEquals(UNIT_PRE_PUBLICITY, Journey.state(c.id()));
        Object[] review = Db.rows("SELECT r.continuing_education_opinion, r.negative_opinion, r.evaluation, "
                + "r.exam_instead_of_review, d.kind, h.action FROM decision_unit_review r "
                + "JOIN decision_record d ON d.id = r.id JOIN application_history h ON h.id = d.history_id "
                + "WHERE d.application_id = ?", c.id()).get(0);
        assertEquals("已完成继续教育", review[0]);
        assertEquals("无负面情况", review[1]);
        assertEquals(Journey.EVALUATION_150, review[2]);
        assertEquals(Boolean.TRUE, review[3]);
        assertEquals("UNIT_REVIEW", review[4]);
        assertEquals("UNIT_APPROVE", review[5]);
        List<Object[]> appraisals = Db.rows("SELECT a.appraisal_year, a.result FROM decision_appraisal a "
                + "JOIN decision_record d ON d.id = a.decision_id WHERE d.application_id = ? ORDER BY a.position", c.id());
        assertEquals(2, appraisals.size());
        assertEquals(2019, ((Number) appraisals.get(0)[0]).intValue());
        assertEquals("称职(合格)", appraisals.get(0)[1]);
    }

    @Test
    void aPublicityOfFourWorkingDaysOverNewYearIsRefusedAndFiveAccepted() throws Exception {
        Journey.Case c = Journey.at(UNIT_PRE_PUBLICITY);
        // 2020-12-30 .. 2021-01-05: 7 days, of which 元旦 (Fri 01-01) and the weekend are not working days
        DecisionRefusedException refused = assertRefusedAndNothingWritten(c, "jt-admin",
                publicity(LocalDate.of(2020, 12, 30), LocalDate.of(2021, 1, 5)));
        assertEquals(MessageKey.PUBLICITY_TOO_SHORT, refused.reason());
        assertTrue(refused.getMessage().contains("只有4个工作日"), refused.getMessage());

        Journey.decide(c, "jt-admin", publicity(LocalDate.of(2020, 12, 30), LocalDate.of(2021, 1, 6)));
        assertEquals(OFFICE_PRE_AUDIT, Journey.state(c.id()));
        Object[] row = Db.rows("SELECT p.start_date, p.end_date, p.working_days, p.passed FROM decision_publicity p "
                + "JOIN decision_record d ON d.id = p.id WHERE d.application_id = ?", c.id()).get(0);
        assertEquals("2020-12-30", row[0].toString());
        assertEquals("2021-01-06", row[1].toString());
        assertEquals(5, ((Number) row[2]).intValue());
        assertEquals(Boolean.TRUE, row[3]);
    }

    @Test
    void aPublicityResultBeforeTheEndOfItsPeriodIsRefused() throws Exception {
        Journey.Case c = Journey.at(UNIT_PRE_PUBLICITY);
        // the tests' clock stands at 2021-01-10: a period ending on the 12th is still running
        DecisionRefusedException refused = assertRefusedAndNothingWritten(c, "jt-admin",
                publicity(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 12)));
        assertEquals(MessageKey.PUBLICITY_NOT_ENDED, refused.reason());
    }

    @Test
    void theOfficeReturnsWithEveryItemAtOnceAndTheApplicantReadsThem() throws Exception {
        Journey.Case c = Journey.at(OFFICE_PRE_AUDIT);
        DecisionRefusedException refused = assertRefusedAndNothingWritten(c, "office-jt", new OfficeReturn("请修改", List.of()));
        assertEquals(MessageKey.RETURN_ITEMS_REQUIRED, refused.reason());

        Journey.decide(c, "office-jt", new OfficeReturn("请按以下意见修改", List.of(
                new OfficeReturn.ReturnItem("学历信息", "毕业证书扫描件不清晰"),
                new OfficeReturn.ReturnItem("个人承诺书", "未签名"))));
        assertEquals(RETURNED, Journey.state(c.id()));
        assertEquals(2, Db.count("SELECT COUNT(*) FROM decision_return_item i JOIN decision_record d "
                + "ON d.id = i.decision_id WHERE d.application_id = ?", c.id()));

        List<DecisionView> seen = Users.as(c.applicant().username(), () -> Journey.workflow().decisions(c.id()));
        OfficeReturn read = assertInstanceOf(OfficeReturn.class, seen.get(seen.size() - 1).decision());
        assertEquals("请按以下意见修改", read.text());
        assertEquals(List.of(new OfficeReturn.ReturnItem("学历信息", "毕业证书扫描件不清晰"),
                new OfficeReturn.ReturnItem("个人承诺书", "未签名")), read.items());
    }

    @Test
    void everyDecisionIsRecordedWithItsHistoryEntryAndReadBackInOrder() throws Exception {
        Journey.Case c = Journey.at(APPROVED);
        long history = Journey.historyCount(c.id());
        assertEquals(Journey.HAPPY_PATH.size(), history);
        // one record per history entry, same action, and no record without its entry
        assertEquals(history, Db.count("SELECT COUNT(*) FROM decision_record d JOIN application_history h "
                + "ON h.id = d.history_id AND h.application_id = d.application_id AND h.action = d.action "
                + "AND h.occurred_at = d.decided_at AND h.actor_username = d.actor_username WHERE d.application_id = ?",
                c.id()));
        assertEquals(history, Db.count("SELECT COUNT(*) FROM decision_record WHERE application_id = ?", c.id()));
        // 评前, 评后 and 人社 publicity
        assertEquals(3, Db.count("SELECT COUNT(*) FROM decision_publicity p JOIN decision_record d ON d.id = p.id "
                + "WHERE d.application_id = ?", c.id()));
        assertEquals(Db.string("SELECT certificate_no FROM application WHERE id = ?", c.id()),
                Db.string("SELECT x.certificate_no FROM decision_certificate x JOIN decision_record d ON d.id = x.id "
                        + "WHERE d.application_id = ?", c.id()));
        Object[] payment = Db.rows("SELECT x.order_no, x.amount, d.actor_role FROM decision_payment x "
                + "JOIN decision_record d ON d.id = x.id WHERE d.application_id = ?", c.id()).get(0);
        assertEquals("PAY202101090001", payment[0]);
        assertEquals(0, new java.math.BigDecimal("300.00").compareTo((java.math.BigDecimal) payment[1]));
        assertEquals("SYSTEM", payment[2]);
        Object[] meeting = Db.rows("SELECT x.passed, x.present, x.in_favour FROM decision_meeting_result x "
                + "JOIN decision_record d ON d.id = x.id WHERE d.application_id = ?", c.id()).get(0);
        assertEquals(Boolean.TRUE, meeting[0]);
        assertEquals(9, ((Number) meeting[1]).intValue());
        assertEquals(7, ((Number) meeting[2]).intValue());

        List<DecisionView> read = Users.as("bureau", () -> Journey.workflow().decisions(c.id()));
        assertEquals(Journey.HAPPY_PATH.stream().map(Journey.Step::action).toList(),
                read.stream().map(v -> v.decision().action()).toList());
        List<Class<? extends Decision>> types = List.of(Submission.class, UnitApproval.class, PublicityResult.class,
                cn.zhicheng.application.decision.Opinion.class, PaymentConfirmation.class, MeetingResult.class,
                PublicityResult.class, cn.zhicheng.application.decision.Opinion.class,
                cn.zhicheng.application.decision.Opinion.class, PublicityResult.class, CertificateIssue.class);
        for (int i = 0; i < types.size(); i++) {
            assertInstanceOf(types.get(i), read.get(i).decision());
        }
        assertEquals(Journey.decisionFor(Action.UNIT_APPROVE), read.get(1).decision());
    }

    @Test
    void aRefusedCertificateWritesNeitherTheNumberNorAnyRecord() throws Exception {
        Journey.Case c = Journey.at(CERTIFICATE);
        // the office may not issue certificates: refused before the number is allocated
        assertThrows(cn.zhicheng.domain.model.application.ActionNotPermittedException.class,
                () -> Journey.decide(c, "office-jt", new CertificateIssue(null)));
        assertEquals(null, Db.value("SELECT certificate_no FROM application WHERE id = ?", c.id()));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM decision_certificate x JOIN decision_record d ON d.id = x.id "
                + "WHERE d.application_id = ?", c.id()));
    }

    private static UnitApproval approval(String evaluation) {
        return new UnitApproval("已完成继续教育", "无负面情况", List.of(new UnitApproval.Appraisal(2019, "称职(合格)"),
                new UnitApproval.Appraisal(2020, "优秀")), evaluation, true);
    }

    private static PublicityResult publicity(LocalDate start, LocalDate end) {
        return new PublicityResult(Action.PRE_PUBLICITY_PASS, start, end, null);
    }

    private static DecisionRefusedException assertRefusedAndNothingWritten(Journey.Case c, String user, Decision d) {
        ApplicationState state = Journey.state(c.id());
        long version = Journey.version(c.id());
        long history = Journey.historyCount(c.id());
        long records = Db.count("SELECT COUNT(*) FROM decision_record WHERE application_id = ?", c.id());
        long refusals = Db.count("SELECT COUNT(*) FROM security_event WHERE event_type = 'ACTION_REFUSED' "
                + "AND username = ? AND detail LIKE ?", user, "%" + c.id() + "%");

        DecisionRefusedException refused = assertThrows(DecisionRefusedException.class, () -> Journey.decide(c, user, d));

        assertEquals(state, Journey.state(c.id()));
        assertEquals(version, Journey.version(c.id()));
        assertEquals(history, Journey.historyCount(c.id()));
        assertEquals(records, Db.count("SELECT COUNT(*) FROM decision_record WHERE application_id = ?", c.id()));
        assertEquals(refusals + 1, Db.count("SELECT COUNT(*) FROM security_event WHERE event_type = 'ACTION_REFUSED' "
                + "AND username = ? AND detail LIKE ?", user, "%" + c.id() + "%"));
        return refused;
    }
}
