package cn.zhicheng.it.workflow;

import static cn.zhicheng.domain.model.application.Action.*;
import static cn.zhicheng.domain.model.application.ApplicationState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.zhicheng.application.DeadlineService;
import cn.zhicheng.application.HistoryView;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.IllegalTransitionException;
import cn.zhicheng.domain.model.application.SubmitRejectedException;
import cn.zhicheng.domain.model.application.validation.FieldError;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;

/** The journeys of SPEC §2 through the services, each step by a user of the right role, asserted in the database. */
@ExtendWith(ArquillianExtension.class)
class WorkflowIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(WorkflowIT.class);
    }

    @EJB
    WorkflowService workflow;

    @EJB
    DeadlineService deadlines;

    @Test
    void fromDraftToApprovedThroughEveryStage() throws Exception {
        Journey.Case c = Journey.draft(cn.zhicheng.it.support.Forms.ENGINEER_TRAFFIC);
        for (Journey.Step step : Journey.HAPPY_PATH) {
            assertEquals(step.from(), Journey.state(c.id()));
            Journey.act(c, step.actor(), step.action());
        }

        assertEquals(APPROVED, Journey.state(c.id()));
        String certificate = Db.string("SELECT certificate_no FROM application WHERE id = ?", c.id());
        assertNotNull(certificate);
        assertTrue(certificate.startsWith("ZC2020"));
        List<Object[]> history = Db.rows("SELECT actor_username, actor_role, action, from_state, to_state, opinion "
                + "FROM application_history WHERE application_id = ? ORDER BY occurred_at, id", c.id());
        assertEquals(Journey.HAPPY_PATH.size(), history.size());
        for (int i = 0; i < history.size(); i++) {
            Journey.Step step = Journey.HAPPY_PATH.get(i);
            Object[] row = history.get(i);
            assertEquals(step.actor() == null ? c.applicant().username() : step.actor(), row[0]);
            assertEquals(step.action().name(), row[2]);
            assertEquals(step.from().name(), row[3]);
            assertEquals(i + 1 < Journey.HAPPY_PATH.size() ? Journey.HAPPY_PATH.get(i + 1).from().name() : "APPROVED", row[4]);
            assertEquals(Journey.decisionFor(step.action()).opinion(), row[5]);
        }
        assertEquals("UNIT_HANDLER", history.get(6)[1]);
        assertEquals("BUREAU", history.get(10)[1]);

        List<HistoryView> progress = Users.as(c.applicant().username(), () -> workflow.history(c.id()));
        assertEquals(Journey.HAPPY_PATH.size(), progress.size());
    }

    @Test
    void unitReturnsAndTheResubmissionGoesBackToTheUnit() throws Exception {
        Journey.Case c = Journey.at(UNIT_REVIEW);
        Journey.act(c, "jt-handler", UNIT_RETURN);
        assertEquals(RETURNED, Journey.state(c.id()));
        assertEquals("UNIT_REVIEW", Db.string("SELECT returned_from FROM application WHERE id = ?", c.id()));

        Journey.act(c, null, RESUBMIT);
        assertEquals(UNIT_REVIEW, Journey.state(c.id()));
        assertEquals(null, Db.value("SELECT returned_from FROM application WHERE id = ?", c.id()));
        assertEquals(3, Journey.historyCount(c.id()));
    }

    @Test
    void officeReturnsAndTheResubmissionGoesBackToTheOffice() throws Exception {
        Journey.Case c = Journey.at(OFFICE_PRE_AUDIT);
        Journey.act(c, "office-jt", OFFICE_PRE_RETURN);
        assertEquals(RETURNED, Journey.state(c.id()));
        assertEquals("OFFICE_PRE_AUDIT", Db.string("SELECT returned_from FROM application WHERE id = ?", c.id()));

        Journey.act(c, null, RESUBMIT);
        assertEquals(OFFICE_PRE_AUDIT, Journey.state(c.id()));
        Journey.act(c, "office-jt", OFFICE_PRE_APPROVE);
        assertEquals(AWAITING_PAYMENT, Journey.state(c.id()));
    }

    @Test
    void theApplicantWithdrawsBeforeTheUnitActsButNotAfter() throws Exception {
        Journey.Case c = Journey.at(UNIT_REVIEW);
        Journey.act(c, null, WITHDRAW);
        assertEquals(DRAFT, Journey.state(c.id()));

        Journey.act(c, null, SUBMIT);
        Journey.act(c, "jt-admin", UNIT_APPROVE);
        long version = Journey.version(c.id());
        long history = Journey.historyCount(c.id());
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> Journey.act(c, null, WITHDRAW));
        assertTrue(refused.getMessage().contains("单位评前公示"), refused.getMessage());
        assertEquals(UNIT_PRE_PUBLICITY, Journey.state(c.id()));
        assertEquals(version, Journey.version(c.id()));
        assertEquals(history, Journey.historyCount(c.id()));
    }

    @Test
    void theApplicantTerminatesAfterAReturn() throws Exception {
        Journey.Case c = Journey.at(RETURNED);
        Journey.act(c, null, TERMINATE);
        assertEquals(TERMINATED, Journey.state(c.id()));
        assertThrows(IllegalTransitionException.class, () -> Journey.act(c, null, RESUBMIT));
    }

    @ParameterizedTest(name = "{1} rejects at {0}")
    @CsvSource({
        "UNIT_PRE_PUBLICITY, jt-admin, PRE_PUBLICITY_FAIL",
        "OFFICE_PRE_AUDIT, office-jt, OFFICE_PRE_REJECT",
        "EXPERT_REVIEW, office-jt, EXPERT_FAIL",
        "UNIT_POST_PUBLICITY, jt-admin, POST_PUBLICITY_OBJECTION_UPHELD",
        "OFFICE_POST_AUDIT, office-jt, OFFICE_POST_REJECT",
        "BUREAU_REVIEW, bureau, BUREAU_REJECT",
        "BUREAU_PUBLICITY, bureau, BUREAU_PUBLICITY_OBJECTION_UPHELD"
    })
    void everyStageThatCanRejectDoes(ApplicationState stage, String actor, Action reject) throws Exception {
        Journey.Case c = Journey.at(stage);
        long before = Journey.historyCount(c.id());
        Journey.act(c, actor, reject);
        assertEquals(REJECTED, Journey.state(c.id()));
        assertEquals(before + 1, Journey.historyCount(c.id()));
        assertEquals(stage.name(), Db.string("SELECT from_state FROM application_history WHERE application_id = ? "
                + "AND to_state = 'REJECTED'", c.id()));
    }

    @Test
    void theDeadlineClosesWhatHasNotReachedTheOfficeOnce() throws Exception {
        // committee 213's deadline is shared by every test and the demo data: put it back however this ends
        List<Object[]> saved = Db.rows("SELECT office_deadline, closed_at FROM committee_deadline WHERE committee_id = 213 "
                + "AND review_year_id = (SELECT id FROM review_year WHERE review_year = 2020)");
        try {
            closesWhatHasNotReachedTheOfficeOnce();
        } finally {
            Db.update("DELETE FROM committee_deadline WHERE committee_id = 213 "
                    + "AND review_year_id = (SELECT id FROM review_year WHERE review_year = 2020)");
            for (Object[] row : saved) {
                Db.update("INSERT INTO committee_deadline (committee_id, review_year_id, office_deadline, closed_at) "
                        + "SELECT 213, id, ?, ? FROM review_year WHERE review_year = 2020", row[0], row[1]);
            }
        }
        assertEquals(saved.size(), Db.count("SELECT COUNT(*) FROM committee_deadline WHERE committee_id = 213"));
    }

    private void closesWhatHasNotReachedTheOfficeOnce() throws Exception {
        long archivist = cn.zhicheng.it.support.Forms.ARCHIVIST;
        Journey.Case draft = Journey.draft(archivist);
        Journey.Case atUnit = Journey.at(UNIT_REVIEW, archivist);
        Journey.Case publicised = Journey.at(UNIT_PRE_PUBLICITY, archivist);
        Journey.Case atOffice = Journey.at(OFFICE_PRE_AUDIT, archivist);
        Journey.Case returnedByUnit = Journey.at(RETURNED, archivist);

        // other scenarios may have left cases of committee 213 open too: the closure takes them all
        long open = Db.count("SELECT COUNT(*) FROM application WHERE committee_id = 213 AND (state IN "
                + "('DRAFT', 'UNIT_REVIEW', 'UNIT_PRE_PUBLICITY') OR (state = 'RETURNED' AND returned_from = 'UNIT_REVIEW'))");
        LocalDateTime past = LocalDateTime.of(2021, 1, 1, 0, 0);
        Users.run("admin", () -> deadlines.moveDeadline(213L, 2020, past));
        // the cut-off is the platform's: an internal caller without an account, run as SYSTEM
        int closed = Journey.platform().closeOverdue(213L, 2020);

        assertEquals(open, closed);
        for (Journey.Case c : List.of(draft, atUnit, publicised, returnedByUnit)) {
            assertEquals(CLOSED_BY_DEADLINE, Journey.state(c.id()));
            assertEquals(1, Db.count("SELECT COUNT(*) FROM application_history WHERE application_id = ? "
                    + "AND action = 'CLOSE_BY_DEADLINE' AND actor_role = 'SYSTEM' AND actor_username = 'system'", c.id()));
            assertEquals(1, Db.count("SELECT COUNT(*) FROM decision_record d JOIN application_history h "
                    + "ON h.id = d.history_id WHERE d.application_id = ? AND d.action = 'CLOSE_BY_DEADLINE' "
                    + "AND h.action = 'CLOSE_BY_DEADLINE'", c.id()));
        }
        assertEquals(OFFICE_PRE_AUDIT, Journey.state(atOffice.id()));

        // idempotent: a second run (the platform-wide one the scheduled cut-off uses) changes nothing
        assertEquals(0, Journey.platform().closeAllOverdue());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM application_history WHERE application_id = ? "
                + "AND action = 'CLOSE_BY_DEADLINE'", draft.id()));

        // and after the deadline nothing more is sent to the office
        // (submitted while the committee's deadline is open again: a first submission respects it too)
        Users.run("admin", () -> deadlines.moveDeadline(213L, 2020, LocalDateTime.of(2021, 1, 25, 0, 0)));
        Journey.Case late = Journey.at(UNIT_REVIEW, archivist);
        Journey.act(late, "jt-admin", UNIT_APPROVE);
        Users.run("admin", () -> deadlines.moveDeadline(213L, 2020, past));
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> Journey.act(late, "jt-admin", PRE_PUBLICITY_PASS));
        assertEquals("DEADLINE_PASSED", refused.code());
        assertTrue(refused.getMessage().contains("截止时间"), refused.getMessage());
        assertEquals(UNIT_PRE_PUBLICITY, Journey.state(late.id()));
    }

    @Test
    void aSecondSpecialtyOfTheSameSeriesIsRefusedByThatRuleWhileAnotherSeriesIsAccepted() throws Exception {
        Journey.Case first = Journey.at(UNIT_REVIEW); // 工程师 · 交通运输管理, series 工程技术
        String firstSerial = Db.string("SELECT serial_no FROM application WHERE id = ?", first.id());

        // complete in every other respect, so that only the one-specialty-per-series rule can refuse it
        Journey.Case sameSeries = Journey.draft(first.applicant(), cn.zhicheng.it.support.Forms.ENGINEER_BRIDGES);
        SubmitRejectedException refused = assertThrows(SubmitRejectedException.class,
                () -> Journey.act(sameSeries, null, SUBMIT));
        assertEquals(1, refused.errors().size(), refused.errors()::toString);
        FieldError error = refused.errors().get(0);
        assertEquals("declaredQualification.specialty", error.field());
        assertTrue(error.message().contains("同一系列不可重复申报") && error.message().contains(firstSerial), error.message());
        assertEquals(DRAFT, Journey.state(sameSeries.id()));
        assertEquals(0, Journey.historyCount(sameSeries.id()));

        // the same person in another series (档案) in the same year is accepted
        Journey.Case otherSeries = Journey.draft(first.applicant(), cn.zhicheng.it.support.Forms.ARCHIVIST);
        Journey.act(otherSeries, null, SUBMIT);
        assertEquals(UNIT_REVIEW, Journey.state(otherSeries.id()));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM application_history WHERE application_id = ? AND action = 'SUBMIT'",
                otherSeries.id()));
    }
}
