package cn.zhicheng.it.batch;

import static cn.zhicheng.domain.model.application.Action.OFFICE_PRE_RETURN;
import static cn.zhicheng.domain.model.application.ApplicationState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.zhicheng.application.CutoffDeadline;
import cn.zhicheng.application.CutoffRun;
import cn.zhicheng.application.DeadlineCutoffService;
import cn.zhicheng.application.DeadlineCutoffService.Options;
import cn.zhicheng.application.DeadlineService;
import cn.zhicheng.application.ScheduledCutoff;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.Forms;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;

/**
 * The deadline cut-off as a Jakarta Batch job (job {@code deadline-cutoff}): run by hand and by its timer, asserted
 * in the database. Committee 213 (档案, office 107) has no demo applications, so closing it disturbs no other test;
 * every deadline moved and the clock shift are restored in a finally.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineCutoffIT {

    private static final long ARCHIVE = 213L;
    private static final int YEAR = 2020;
    private static final long YEAR_ID = 601L;
    /** The seeded deadline of every committee in 2020 (review_year.office_deadline). */
    private static final LocalDateTime SEEDED = LocalDateTime.of(2021, 1, 25, 0, 0);
    private static final LocalDateTime PAST = LocalDateTime.of(2021, 1, 1, 0, 0);
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DeadlineCutoffIT.class);
    }

    @EJB
    DeadlineService deadlines;

    @Test
    void theCutoffClosesWhatHasNotReachedTheOfficeOnceAsTheSystem() throws Exception {
        Journey.Case draft = Journey.draft(Forms.ARCHIVIST);
        Journey.Case atUnit = Journey.at(UNIT_REVIEW, Forms.ARCHIVIST);
        Journey.Case publicised = Journey.at(UNIT_PRE_PUBLICITY, Forms.ARCHIVIST);
        Journey.Case returnedByUnit = Journey.at(RETURNED, Forms.ARCHIVIST);
        Journey.Case atOffice = Journey.at(OFFICE_PRE_AUDIT, Forms.ARCHIVIST);
        Journey.Case returnedByOffice = Journey.at(OFFICE_PRE_AUDIT, Forms.ARCHIVIST);
        Journey.act(returnedByOffice, archiveOffice(), OFFICE_PRE_RETURN);
        Journey.Case otherCommittee = Journey.draft(Forms.ENGINEER_BRIDGES);
        long withoutSpecialty = draftWithoutSpecialty();
        try {
            Users.run("admin", () -> deadlines.moveDeadline(ARCHIVE, YEAR, PAST));
            long overdue = overdueOf(ARCHIVE);
            assertTrue(overdue >= 4, "at least this test's four");

            CutoffRun run = runToEnd(Users.as("admin", () -> cutoffs().start(ARCHIVE, YEAR, Options.DEFAULT)));

            assertEquals("COMPLETED", run.batchStatus());
            assertEquals("CLOSED=" + overdue + ",SKIPPED=0", run.exitStatus());
            assertEquals(0, overdueOf(ARCHIVE));
            for (Journey.Case c : List.of(draft, atUnit, publicised, returnedByUnit)) {
                assertEquals(CLOSED_BY_DEADLINE, Journey.state(c.id()));
                // started by the admin, run as the platform: the artifacts called the EJBs as the system
                assertEquals(1, closuresOf(c.id(), "system"));
            }
            assertEquals(OFFICE_PRE_AUDIT, Journey.state(atOffice.id()));
            assertEquals(RETURNED, Journey.state(returnedByOffice.id()));
            assertEquals(DRAFT, Journey.state(otherCommittee.id()));
            assertEquals(DRAFT, Journey.state(withoutSpecialty));
            List<Object[]> done = Db.rows("SELECT done_by, requested_by, closed_count, skipped_count, job_execution_id "
                    + "FROM deadline_cutoff WHERE committee_id = ? AND review_year_id = ? AND deadline = ?",
                    ARCHIVE, YEAR_ID, PAST);
            assertEquals(1, done.size());
            assertEquals("SYSTEM", done.get(0)[0]);
            assertEquals("admin", done.get(0)[1]);
            assertEquals(overdue, ((Number) done.get(0)[2]).longValue());
            assertEquals(0, ((Number) done.get(0)[3]).intValue());
            assertEquals(run.executionId(), ((Number) done.get(0)[4]).longValue());
            assertTrue(Users.as("admin", () -> deadlines.cutoffDeadline(ARCHIVE, YEAR)).done());

            // idempotent: a rerun closes nothing more and leaves the first record
            CutoffRun rerun = runToEnd(Users.as("admin", () -> cutoffs().start(ARCHIVE, YEAR, Options.DEFAULT)));
            assertEquals("COMPLETED", rerun.batchStatus());
            assertEquals("CLOSED=0,SKIPPED=0", rerun.exitStatus());
            assertEquals(1, closuresOf(draft.id(), "system"));
            assertEquals(1, Db.count("SELECT COUNT(*) FROM deadline_cutoff WHERE committee_id = ? AND deadline = ?",
                    ARCHIVE, PAST));
        } finally {
            Users.run("admin", () -> deadlines.moveDeadline(ARCHIVE, YEAR, SEEDED));
        }
    }

    @Test
    void aFailedRunRestartedFromItsCheckpointClosesEveryApplicationExactlyOnce() throws Exception {
        List<Journey.Case> drafts = List.of(Journey.draft(Forms.ARCHIVIST), Journey.draft(Forms.ARCHIVIST),
                Journey.draft(Forms.ARCHIVIST), Journey.draft(Forms.ARCHIVIST), Journey.draft(Forms.ARCHIVIST));
        try {
            Users.run("admin", () -> deadlines.moveDeadline(ARCHIVE, YEAR, PAST.plusHours(1)));
            long overdue = overdueOf(ARCHIVE);

            // two per chunk, and the run fails instead of writing the chunk that would pass three
            CutoffRun failed = runToEnd(Users.as("admin", () -> cutoffs().start(ARCHIVE, YEAR, new Options(2, 3))));
            assertEquals("FAILED", failed.batchStatus());
            assertEquals(overdue - 2, overdueOf(ARCHIVE), "the first chunk committed, the second did not");
            assertEquals(0, Db.count("SELECT COUNT(*) FROM deadline_cutoff WHERE committee_id = ? AND deadline = ?",
                    ARCHIVE, PAST.plusHours(1)));

            CutoffRun restarted = runToEnd(Users.as("admin", () -> cutoffs().restart(failed.executionId())));

            assertEquals("COMPLETED", restarted.batchStatus());
            assertEquals("CLOSED=" + overdue + ",SKIPPED=0", restarted.exitStatus());
            assertEquals(0, overdueOf(ARCHIVE));
            for (Journey.Case c : drafts) {
                assertEquals(CLOSED_BY_DEADLINE, Journey.state(c.id()));
                assertEquals(1, closuresOf(c.id(), "system"));
            }
            assertEquals(overdue, Db.count("SELECT closed_count FROM deadline_cutoff WHERE committee_id = ? "
                    + "AND deadline = ?", ARCHIVE, PAST.plusHours(1)));
        } finally {
            Users.run("admin", () -> deadlines.moveDeadline(ARCHIVE, YEAR, SEEDED));
        }
    }

    @Test
    void oneCommitteesFailureDoesNotStopTheOthers() throws Exception {
        Journey.Case archived = Journey.draft(Forms.ARCHIVIST);
        long withoutSpecialty = draftWithoutSpecialty();
        String shift = System.getProperty("zhicheng.clock.shift");
        try {
            // past the year's office deadline (2021-01-25), the deadline of drafts without a specialty
            System.setProperty("zhicheng.clock.shift", Long.toString(Duration.ofDays(16).toSeconds()));
            long unassigned = Db.count("SELECT COUNT(*) FROM application WHERE committee_id IS NULL "
                    + "AND review_year_id = ? AND state = 'DRAFT'", YEAR_ID);

            long failing = Users.as("admin", () -> cutoffs().start(ARCHIVE, YEAR, new Options(100, 0)));
            long other = Users.as("admin", () -> cutoffs().start(null, YEAR, Options.DEFAULT));

            assertEquals("FAILED", runToEnd(failing).batchStatus());
            CutoffRun done = runToEnd(other);
            assertEquals("COMPLETED", done.batchStatus());
            assertEquals("CLOSED=" + unassigned + ",SKIPPED=0", done.exitStatus());
            assertEquals(CLOSED_BY_DEADLINE, Journey.state(withoutSpecialty));
            assertEquals(1, closuresOf(withoutSpecialty, "system"));
            assertEquals(DRAFT, Journey.state(archived.id()));
            assertEquals(1, Db.count("SELECT COUNT(*) FROM deadline_cutoff WHERE committee_id IS NULL "
                    + "AND review_year_id = ? AND deadline = ?", YEAR_ID, SEEDED));
        } finally {
            if (shift == null) {
                System.clearProperty("zhicheng.clock.shift");
            } else {
                System.setProperty("zhicheng.clock.shift", shift);
            }
        }
    }

    @Test
    void eachDeadlineHasOneTimerThatMovesWithItAndFiresTheCutoffAsTheSystem() throws Exception {
        DeadlineCutoffService cutoffs = cutoffs();
        List<CutoffDeadline> waiting = Users.as("admin", () -> deadlines.cutoffDeadlines()).stream()
                .filter(d -> !d.done() && !d.passed()).toList();
        List<ScheduledCutoff> timers = Users.as("admin", cutoffs::scheduled);
        assertTrue(timers.size() >= waiting.size());
        assertEquals(timers.size(), timers.stream().map(t -> List.of(t.year(), String.valueOf(t.committeeId())))
                .distinct().count(), "never two timers for one committee and year");
        for (CutoffDeadline d : waiting) {
            assertEquals(1, timers.stream().filter(t -> t.year() == d.year()
                    && Objects.equals(t.committeeId(), d.committeeId())
                    && t.deadline().equals(d.deadline())).count(), "one timer for " + d);
        }
        Journey.Case draft = Journey.draft(Forms.ARCHIVIST);
        try {
            Users.run("admin", () -> deadlines.moveDeadline(ARCHIVE, YEAR, SEEDED.minusDays(5)));
            List<ScheduledCutoff> archive = archiveTimers(cutoffs);
            assertEquals(1, archive.size(), "only one timer after a move");
            assertEquals(SEEDED.minusDays(5), archive.get(0).deadline());
            assertEquals(Users.as("admin", cutoffs::scheduled).size(), Db.count("SELECT COUNT(*) FROM jboss_ejb_timer "
                    + "WHERE timed_object_id LIKE ?", "%DeadlineCutoffScheduler%"), "persistent timers live in the database");

            // a deadline three seconds ahead on the platform clock: its timer starts the job, run as the system
            CutoffDeadline seeded = Users.as("admin", () -> deadlines.cutoffDeadline(ARCHIVE, YEAR));
            LocalDateTime soon = seeded.deadline().minus(seeded.remaining()).plusSeconds(3).withNano(0);
            Users.run("admin", () -> deadlines.moveDeadline(ARCHIVE, YEAR, soon));
            assertEquals(soon, archiveTimers(cutoffs).get(0).deadline());
            await(() -> Db.count("SELECT COUNT(*) FROM deadline_cutoff WHERE committee_id = ? AND deadline = ?",
                    ARCHIVE, soon) == 1);
            assertEquals(CLOSED_BY_DEADLINE, Journey.state(draft.id()));
            assertEquals(1, closuresOf(draft.id(), "system"));
            assertEquals("SYSTEM", Db.string("SELECT done_by FROM deadline_cutoff WHERE committee_id = ? "
                    + "AND deadline = ?", ARCHIVE, soon));
            assertEquals("timer", Db.string("SELECT requested_by FROM deadline_cutoff WHERE committee_id = ? "
                    + "AND deadline = ?", ARCHIVE, soon));
            assertEquals(0, archiveTimers(cutoffs).size(), "a single-action timer, gone once fired");
        } finally {
            Users.run("admin", () -> deadlines.moveDeadline(ARCHIVE, YEAR, SEEDED));
        }
        assertEquals(1, archiveTimers(cutoffs).size());
    }

    @Test
    void beforeItsDeadlineTheCutoffClosesNothingAndMarksNothing() throws Exception {
        Journey.Case draft = Journey.draft(Forms.ARCHIVIST);

        CutoffRun early = runToEnd(Users.as("admin", () -> cutoffs().start(ARCHIVE, YEAR, Options.DEFAULT)));

        assertEquals("COMPLETED", early.batchStatus());
        assertEquals("NOT_DUE", early.exitStatus());
        assertEquals(DRAFT, Journey.state(draft.id()));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM deadline_cutoff WHERE committee_id = ? AND deadline = ?",
                ARCHIVE, SEEDED));
    }

    @Test
    void onlyTheAdminStartsTheCutoffByHand() {
        DeadlineCutoffService cutoffs = cutoffs();
        for (String user : List.of("office-jt", "bureau", "jt-admin")) {
            assertThrows(EJBAccessException.class, () -> Users.as(user,
                    () -> cutoffs.start(ARCHIVE, YEAR, Options.DEFAULT)), user);
        }
    }

    private static List<ScheduledCutoff> archiveTimers(DeadlineCutoffService cutoffs) throws Exception {
        return Users.as("admin", cutoffs::scheduled).stream()
                .filter(t -> t.year() == YEAR && Long.valueOf(ARCHIVE).equals(t.committeeId())).toList();
    }

    /** Polls the job operator (through the service) until the execution has ended; bounded. */
    private static CutoffRun runToEnd(long executionId) throws Exception {
        DeadlineCutoffService cutoffs = cutoffs();
        CutoffRun[] last = new CutoffRun[1];
        await(() -> {
            try {
                last[0] = Users.as("admin", () -> cutoffs.run(executionId));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return last[0].ended();
        });
        return last[0];
    }

    private static void await(BooleanSupplier condition) {
        Instant giveUp = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("not reached within " + WAIT);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    /** What the cut-off of this committee closes, counted straight in the database. */
    private static long overdueOf(long committeeId) {
        return Db.count("SELECT COUNT(*) FROM application WHERE committee_id = ? AND review_year_id = ? AND ("
                + "state IN ('DRAFT', 'UNIT_REVIEW', 'UNIT_PRE_PUBLICITY') "
                + "OR (state = 'RETURNED' AND returned_from = 'UNIT_REVIEW'))", committeeId, YEAR_ID);
    }

    private static long closuresOf(long applicationId, String actor) {
        return Db.count("SELECT COUNT(*) FROM application_history WHERE application_id = ? "
                + "AND action = 'CLOSE_BY_DEADLINE' AND actor_username = ?", applicationId, actor);
    }

    private static long draftWithoutSpecialty() throws Exception {
        Fixtures.Applicant who = Fixtures.applicantOf(Fixtures.JT_ORG_CODE);
        return Users.as(who.username(), () -> Journey.applications().startDraft().id());
    }

    /** A fresh office account of the archive committee's office (107): the demo has none. */
    private static String archiveOffice() {
        String username = "it-office-" + Fixtures.nextId();
        Db.update("INSERT INTO user_account (id, username, account_type, role, display_name, office_id, password_hash, "
                + "created_at) VALUES (?, ?, 'UNIT', 'OFFICE', '档案评委会办公室', 107, 'no-login', ?)",
                Fixtures.nextId(), username, LocalDateTime.now());
        return username;
    }

    private static DeadlineCutoffService cutoffs() {
        try {
            return InitialContext.doLookup("java:global/zhicheng/zhicheng-batch/DeadlineCutoffScheduler!"
                    + DeadlineCutoffService.class.getName());
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
