package cn.zhicheng.it.workflow;

import static cn.zhicheng.domain.model.application.Action.OFFICE_PRE_RETURN;
import static cn.zhicheng.domain.model.application.Action.RESUBMIT;
import static cn.zhicheng.domain.model.application.Action.SUBMIT;
import static cn.zhicheng.domain.model.application.ApplicationState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.zhicheng.application.DeadlineService;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.application.decision.Submission;
import cn.zhicheng.domain.model.application.SubmitRejectedException;
import cn.zhicheng.domain.model.application.validation.FieldError;
import cn.zhicheng.infrastructure.time.ClockProducer;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.Forms;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;

/**
 * The time and uniqueness rules of 提交 / 重新提交 (issue 6), asserted in the database: the application window binds
 * the first submission only (an office return is resubmitted after the window), a committee's earlier deadline
 * binds the first submission, and one specialty per series per review year holds when two drafts are submitted at
 * the same moment. The tests' clock starts at 2021-01-10 09:00; the 2020 window ends 2021-01-25 00:00. Every
 * clock shift and deadline moved is restored after each test.
 */
@ExtendWith(ArquillianExtension.class)
class SubmissionRulesIT {

    private static final long ARCHIVE = 213L;
    private static final int YEAR = 2020;
    private static final LocalDateTime SEEDED = LocalDateTime.of(2021, 1, 25, 0, 0);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SubmissionRulesIT.class);
    }

    @EJB
    DeadlineService deadlines;

    @AfterEach
    void restore() throws Exception {
        System.clearProperty(ClockProducer.SHIFT_PROPERTY);
        Users.run("admin", () -> deadlines.moveDeadline(ARCHIVE, YEAR, SEEDED));
    }

    @Test
    void anOfficeReturnIsResubmittedAfterTheWindowWhileAFirstSubmissionIsRefused() throws Exception {
        Journey.Case returned = Journey.at(OFFICE_PRE_AUDIT);
        Journey.act(returned, "office-jt", OFFICE_PRE_RETURN);
        Journey.Case draft = Journey.draft(Forms.ENGINEER_TRAFFIC);
        assertEquals(RETURNED, Journey.state(returned.id()));
        long historyBefore = Journey.historyCount(draft.id());

        // 2021-01-26: the window and the year's deadline have closed
        shiftClock(Duration.ofDays(16));

        Journey.act(returned, null, RESUBMIT);
        assertEquals(OFFICE_PRE_AUDIT, Journey.state(returned.id()), "back to the office that returned it");
        assertEquals("RESUBMIT", Db.string("SELECT action FROM application_history WHERE application_id = ? "
                + "ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", returned.id()));

        SubmitRejectedException refused = assertThrows(SubmitRejectedException.class,
                () -> Journey.act(draft, null, SUBMIT));
        assertEquals(List.of("reviewYear"), refused.errors().stream().map(FieldError::field).toList());
        assertTrue(refused.errors().get(0).message().contains("当前不在2020年度申报受理时间内"), refused.getMessage());
        assertEquals(DRAFT, Journey.state(draft.id()));
        assertEquals(historyBefore, Journey.historyCount(draft.id()), "a refusal writes no history");
    }

    @Test
    void aFirstSubmissionRespectsTheCommitteesEarlierDeadline() throws Exception {
        Journey.Case archivist = Journey.draft(Forms.ARCHIVIST);
        Journey.Case engineer = Journey.draft(Forms.ENGINEER_TRAFFIC);
        // the archive committee closes on 2021-01-20, five days before the year's window
        Users.run("admin", () -> deadlines.moveDeadline(ARCHIVE, YEAR, LocalDateTime.of(2021, 1, 20, 0, 0)));

        shiftClock(Duration.ofDays(11)); // 2021-01-21: the window is open, the archive committee's deadline passed

        SubmitRejectedException refused = assertThrows(SubmitRejectedException.class,
                () -> Journey.act(archivist, null, SUBMIT));
        assertEquals(List.of("reviewYear"), refused.errors().stream().map(FieldError::field).toList());
        assertTrue(refused.errors().get(0).message().contains("申报截止时间（2021-01-20 00:00）已过"),
                refused.getMessage());
        assertEquals(DRAFT, Journey.state(archivist.id()));

        // another committee keeps the year's deadline: its draft goes to the unit
        Journey.act(engineer, null, SUBMIT);
        assertEquals(UNIT_REVIEW, Journey.state(engineer.id()));
    }

    @Test
    void twoDraftsOfOneSeriesSubmittedAtTheSameMomentSendOnlyOne() throws Exception {
        WorkflowService workflow = Journey.workflow();
        for (int round = 0; round < 3; round++) {
            Fixtures.Applicant who = Fixtures.applicantOf(Fixtures.JT_ORG_CODE);
            List<Journey.Case> drafts = List.of(Journey.draft(who, Forms.ENGINEER_TRAFFIC),
                    Journey.draft(who, Forms.ENGINEER_BRIDGES));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Object>> outcomes = new ArrayList<>();
            try {
                for (Journey.Case c : drafts) {
                    long version = Journey.version(c.id());
                    var identity = Users.identity(who.username());
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        return Users.as(identity, () -> workflow.decide(c.id(), version, Submission.submit()));
                    }));
                }
                start.countDown();
                int sent = 0;
                for (Future<Object> outcome : outcomes) {
                    try {
                        outcome.get(60, TimeUnit.SECONDS);
                        sent++;
                    } catch (ExecutionException e) {
                        SubmitRejectedException refused = assertInstanceOf(SubmitRejectedException.class, e.getCause());
                        assertEquals(List.of("declaredQualification.specialty"),
                                refused.errors().stream().map(FieldError::field).toList());
                        assertTrue(refused.getMessage().contains("同一系列不可重复申报"), refused.getMessage());
                    }
                }
                assertEquals(1, sent, "round " + round);
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, Db.count("SELECT COUNT(*) FROM application WHERE applicant_id = (SELECT applicant_id "
                    + "FROM application WHERE id = ?) AND state = 'UNIT_REVIEW'", drafts.get(0).id()));
            assertEquals(1, Db.count("SELECT COUNT(*) FROM application WHERE id IN (?, ?) AND state = 'DRAFT'",
                    drafts.get(0).id(), drafts.get(1).id()));
        }
    }

    private static void shiftClock(Duration by) {
        System.setProperty(ClockProducer.SHIFT_PROPERTY, Long.toString(by.toSeconds()));
    }
}
