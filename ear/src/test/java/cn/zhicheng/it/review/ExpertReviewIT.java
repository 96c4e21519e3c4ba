package cn.zhicheng.it.review;

import static cn.zhicheng.domain.model.application.ApplicationState.*;
import static cn.zhicheng.domain.model.review.VoteChoice.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.zhicheng.application.ExpertMeetingView;
import cn.zhicheng.application.MeetingService;
import cn.zhicheng.application.MeetingSummary;
import cn.zhicheng.application.MeetingView;
import cn.zhicheng.application.decision.DecisionRefusedException;
import cn.zhicheng.application.decision.MeetingResult;
import cn.zhicheng.application.form.WorkExperienceRow;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.review.MeetingStatus;
import cn.zhicheng.domain.model.review.RecusalReason;
import cn.zhicheng.domain.model.review.ReviewRefusedException;
import cn.zhicheng.domain.model.review.VoteChoice;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Forms;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Reviews;
import cn.zhicheng.it.support.Reviews.Member;
import cn.zhicheng.it.support.Users;

/**
 * 专家评审 (人社部令第40号) through the services, asserted in the database: the quorum of two thirds of the members,
 * the two-thirds rule at its edge, recusal (automatic by unit and by work history, declared) for both the dossier and
 * the vote, one vote per expert and applicant, nothing after the close, the ballot kept apart from the turnout with
 * no link to the voter, and no one (the admin included) reading a ballot.
 */
@ExtendWith(ArquillianExtension.class)
class ExpertReviewIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ExpertReviewIT.class);
    }

    /** One pool for every scenario (an expert may sit on several meetings): one of the transport company, six others. */
    private static List<Member> pool;

    private static MeetingService meetings() {
        return Reviews.meetings();
    }

    private static synchronized List<Member> pool() throws Exception {
        if (pool == null) {
            pool = Reviews.members(7, 1);
        }
        return pool;
    }

    /** The member of the fixtures' own unit (recused from every fixture applicant). */
    private static Member ofTransportCompany() throws Exception {
        return pool().get(0);
    }

    /** {@code n} members of other units (the n-th works at 深圳市测试专家单位n). */
    private static List<Member> others(int n) throws Exception {
        return pool().subList(1, 1 + n);
    }

    @Test
    void attendanceBelowTwoThirdsOfTheMembersRefusesTheVoteAndExactlyTwoThirdsOpensIt() throws Exception {
        Journey.Case c = Reviews.atExpertReview();
        List<Member> six = others(6);
        long meeting = Reviews.meeting(six, List.of(c.id()));

        // nobody votes before the ballot opens
        assertRefused(MessageKey.MEETING_NOT_VOTING, () -> Reviews.vote(meeting, six.get(0), c.id(), AGREE));
        Reviews.attend(meeting, six.subList(0, 3));
        assertRefused(MessageKey.MEETING_QUORUM_NOT_REACHED, () -> Reviews.open(meeting));
        assertEquals("PLANNED", Db.string("SELECT status FROM expert_meeting WHERE id = ?", meeting));
        assertEquals(3, Db.count("SELECT COUNT(*) FROM meeting_member WHERE meeting_id = ? AND present = TRUE", meeting));

        Reviews.attend(meeting, six.subList(0, 4));
        MeetingView open = Reviews.open(meeting);
        assertEquals(MeetingStatus.VOTING, open.status());
        assertEquals(4, open.quorum());
        assertEquals(4, open.present());
        // attendance is fixed once the ballot is open
        assertRefused(MessageKey.MEETING_ATTENDANCE_FIXED, () -> Reviews.attend(meeting, six));
        // an absent member cannot vote
        assertRefused(MessageKey.VOTE_NOT_PRESENT, () -> Reviews.vote(meeting, six.get(5), c.id(), AGREE));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM meeting_ballot WHERE meeting_id = ?", meeting));
    }

    @Test
    void exactlyTwoThirdsInFavourPassesAndOneVoteLessFailsAndNothingIsCastAfterTheClose() throws Exception {
        Journey.Case passing = Reviews.atExpertReview();
        Journey.Case failing = Reviews.atExpertReview();
        List<Member> six = others(6);
        long meeting = Reviews.meeting(six, List.of(passing.id(), failing.id()));
        Reviews.attend(meeting, six);
        Reviews.open(meeting);
        VoteChoice[] four = {AGREE, AGREE, AGREE, AGREE, DISAGREE, ABSTAIN};
        VoteChoice[] three = {AGREE, AGREE, AGREE, DISAGREE, DISAGREE, ABSTAIN};
        for (int i = 0; i < 6; i++) {
            Reviews.vote(meeting, six.get(i), passing.id(), four[i]);
            Reviews.vote(meeting, six.get(i), failing.id(), three[i]);
        }
        // while the ballot is open the office sees the turnout only, never a count of choices
        MeetingView voting = Reviews.view(meeting);
        voting.agenda().forEach(a -> {
            assertEquals(6, a.voted());
            assertNull(a.inFavour());
            assertNull(a.passed());
        });

        // the lists count members and agenda apart (six experts, two applicants)
        MeetingSummary listed = Users.as("office-jt", () -> meetings().meetings(0, 100)).rows().stream()
                .filter(m -> m.id() == meeting).findFirst().orElseThrow();
        assertEquals(List.of(6, 2), List.of(listed.members(), listed.applications()));
        MeetingSummary mine = Users.as(six.get(0).username(), () -> meetings().myMeetings()).stream()
                .filter(m -> m.id() == meeting).findFirst().orElseThrow();
        assertEquals(MeetingStatus.VOTING, mine.status());
        assertEquals(2, mine.applications());

        MeetingView closed = Reviews.close(meeting);
        assertEquals(MeetingStatus.CLOSED, closed.status());
        assertEquals(UNIT_POST_PUBLICITY, Journey.state(passing.id()), "4 of 6 is two thirds");
        assertEquals(REJECTED, Journey.state(failing.id()), "3 of 6 is less");
        assertResult(passing.id(), true, 6, 4, 1, 1);
        assertResult(failing.id(), false, 6, 3, 2, 1);
        MeetingView.Agenda shown = closed.agenda().stream().filter(a -> a.applicationId() == passing.id()).findFirst()
                .orElseThrow();
        assertEquals(4, shown.inFavour());
        assertTrue(shown.passed());

        // the ballot is closed: no vote added, none changed, and the dossiers are closed to the experts
        long ballots = Db.count("SELECT COUNT(*) FROM meeting_ballot WHERE meeting_id = ?", meeting);
        assertRefused(MessageKey.MEETING_NOT_VOTING, () -> Reviews.vote(meeting, six.get(0), passing.id(), DISAGREE));
        assertRefused(MessageKey.MEETING_NOT_VOTING, () -> Reviews.close(meeting));
        assertEquals(ballots, Db.count("SELECT COUNT(*) FROM meeting_ballot WHERE meeting_id = ?", meeting));
        assertEquals(4, Db.count("SELECT COUNT(*) FROM meeting_ballot WHERE meeting_id = ? AND application_id = ? "
                + "AND choice = 'AGREE'", meeting, passing.id()));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM expert_reader WHERE application_id IN (?, ?)", passing.id(),
                failing.id()));
        assertThrows(ApplicationNotFoundException.class,
                () -> Users.as(six.get(0).username(), () -> Journey.forms().form(passing.id())));
    }

    @Test
    void aRecusedExpertNeitherOpensTheDossierNorVotesAndASecondVoteIsRefused() throws Exception {
        // the applicant once worked at a unit of the pool: a former-unit recusal beside the own-unit one
        Journey.Case c = atExpertReviewHavingWorkedAt("深圳市测试专家单位1");
        List<Member> six = pool().subList(0, 6);
        Member ownUnit = ofTransportCompany();
        Member formerUnit = six.get(1);
        Member voter = six.get(2);
        Member declaring = six.get(3);
        long meeting = Reviews.meeting(six, List.of(c.id()));

        MeetingView view = Reviews.view(meeting);
        Set<String> recusals = view.agenda().get(0).recusals().stream()
                .map(r -> r.expertName() + ":" + r.reason()).collect(Collectors.toSet());
        assertEquals(Set.of(ownUnit.name() + ":" + RecusalReason.OWN_UNIT, formerUnit.name() + ":" + RecusalReason.FORMER_UNIT),
                recusals);
        assertOpens(voter, c.id(), true);
        assertOpens(ownUnit, c.id(), false);
        assertOpens(formerUnit, c.id(), false);
        assertFalse(Users.as(ownUnit.username(), () -> meetings().myMeeting(meeting)).items().stream()
                .anyMatch(i -> i.applicationId() == c.id()), "left out of the recused expert's list");

        // a declared conflict: the dossier closes to the expert at once
        Users.run(declaring.username(), () -> meetings().declareConflict(meeting, c.id(), "申报人系本人近亲属"));
        assertOpens(declaring, c.id(), false);
        assertEquals("DECLARED", Db.string("SELECT r.reason FROM meeting_recusal r JOIN expert e ON e.id = r.expert_id "
                + "WHERE r.meeting_id = ? AND e.account_id = (SELECT id FROM user_account WHERE username = ?)",
                meeting, declaring.username()));

        Reviews.attend(meeting, six);
        MeetingView open = Reviews.open(meeting);
        assertEquals(3, open.agenda().get(0).eligible(), "six present, three recused");
        for (Member recused : List.of(ownUnit, formerUnit, declaring)) {
            assertRefused(MessageKey.VOTE_RECUSED, () -> Reviews.vote(meeting, recused, c.id(), AGREE));
        }
        Reviews.vote(meeting, voter, c.id(), AGREE);
        assertRefused(MessageKey.VOTE_ALREADY_CAST, () -> Reviews.vote(meeting, voter, c.id(), DISAGREE));
        assertRefused(MessageKey.RECUSAL_AFTER_VOTE,
                () -> Users.run(voter.username(), () -> meetings().declareConflict(meeting, c.id(), null)));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM meeting_ballot WHERE meeting_id = ?", meeting));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM meeting_turnout WHERE meeting_id = ?", meeting));
        assertTrue(Users.as(voter.username(), () -> meetings().myMeeting(meeting)).items().get(0).voted());
        // the refusals are recorded, the choice never is
        assertTrue(Db.count("SELECT COUNT(*) FROM security_event WHERE username = ? AND detail LIKE '%VOTE_RECUSED'",
                ownUnit.username()) >= 1);
        assertEquals(0, Db.count("SELECT COUNT(*) FROM security_event WHERE detail LIKE '%AGREE%'"));
    }

    @Test
    void theBallotCarriesNoLinkToTheVoterAndNoServiceOrAccountReadsOne() throws Exception {
        // the tables: turnout (who) and ballots (what) share only the meeting and the applicant
        assertEquals(Set.of("meeting_id", "application_id", "expert_id"), columns("meeting_turnout"));
        assertEquals(Set.of("id", "meeting_id", "application_id", "choice"), columns("meeting_ballot"));

        Journey.Case c = Reviews.atExpertReview();
        List<Member> five = others(5);
        long meeting = Reviews.meeting(five, List.of(c.id()));
        Reviews.attend(meeting, five);
        Reviews.open(meeting);
        for (Member m : five) {
            Reviews.vote(meeting, m, c.id(), m == five.get(4) ? DISAGREE : AGREE);
        }
        List<String> before = Db.rows("SELECT id FROM meeting_ballot WHERE meeting_id = ?", meeting).stream()
                .map(r -> (String) r[0]).toList();
        before.forEach(id -> assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"),
                "a random id, not a sequence: " + id));
        Reviews.close(meeting);
        List<String> after = Db.rows("SELECT id FROM meeting_ballot WHERE meeting_id = ?", meeting).stream()
                .map(r -> (String) r[0]).toList();
        assertEquals(5, after.size());
        assertTrue(new HashSet<>(after).stream().noneMatch(before::contains), "rewritten under new ids at the close");

        // no record a service returns holds a choice: only counts, after the close
        for (Class<?> type : List.of(MeetingView.class, MeetingView.Member.class, MeetingView.Agenda.class,
                MeetingView.RecusalLine.class, ExpertMeetingView.class, ExpertMeetingView.Item.class,
                MeetingSummary.class)) {
            for (RecordComponent component : type.getRecordComponents()) {
                assertNotEquals(VoteChoice.class, component.getType(), type.getSimpleName() + "." + component.getName());
            }
        }
        // the admin and the applicant's unit have no way to a meeting at all; an expert sees only their own
        assertThrows(EJBAccessException.class, () -> Users.as("admin", () -> meetings().meeting(meeting)));
        assertThrows(EJBAccessException.class, () -> Users.as("admin", () -> meetings().myMeeting(meeting)));
        assertThrows(EJBAccessException.class, () -> Users.as("jt-admin", () -> meetings().meeting(meeting)));
        assertRefused(MessageKey.MEETING_NOT_FOUND, () -> Users.as("expert-jt2", () -> meetings().myMeeting(meeting)));
        assertRefused(MessageKey.MEETING_NOT_FOUND, () -> Users.as("office-dz", () -> meetings().meeting(meeting)));
    }

    @Test
    void onceOnAMeetingTheResultComesFromItsBallotOnlyNotFromTheOfficesHand() throws Exception {
        Journey.Case c = Reviews.atExpertReview();
        List<Member> five = others(5);
        long meeting = Reviews.meeting(five, List.of(c.id()));
        long version = Journey.version(c.id());
        DecisionRefusedException refused = assertThrows(DecisionRefusedException.class, () -> Journey.decide(c,
                "office-jt", new MeetingResult(Action.EXPERT_PASS, 5, 5, 0, 0, "全票通过")));
        assertEquals(MessageKey.MEETING_RESULT_NOT_FROM_BALLOT.name(), refused.code());
        assertEquals(EXPERT_REVIEW, Journey.state(c.id()));
        assertEquals(version, Journey.version(c.id()));
        // and an application is on one meeting only
        assertRefused(MessageKey.MEETING_APPLICATION_NOT_READY, () -> Reviews.meeting(five, List.of(c.id())));
        // fewer than five members is no meeting
        assertRefused(MessageKey.MEETING_TOO_FEW_MEMBERS, () -> Reviews.meeting(five.subList(0, 4),
                List.of(Reviews.atExpertReview().id())));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM meeting_application WHERE application_id = ?", c.id()));
        assertEquals(meeting, ((Number) Db.value("SELECT meeting_id FROM meeting_application WHERE application_id = ?",
                c.id())).longValue());
    }

    // ---- helpers

    /** A new application whose work history names the unit, driven to 专家评审. */
    private static Journey.Case atExpertReviewHavingWorkedAt(String unitName) throws Exception {
        Journey.Case c = Journey.draft(Forms.ENGINEER_TRAFFIC);
        WorkExperienceRow row = new WorkExperienceRow();
        row.setStartDate(java.time.LocalDate.of(2004, 7, 1));
        row.setEndDate(java.time.LocalDate.of(2008, 6, 30));
        row.setWorkplace("深圳市" + unitName + "从事道路设计");
        row.setPost("助理工程师");
        row.setMainContent("道路设计");
        row.setWitness("李工");
        Users.as(c.applicant().username(), () -> Journey.forms().addRow(c.id(), Journey.version(c.id()), row));
        for (Journey.Step step : Journey.HAPPY_PATH) {
            if (Journey.state(c.id()) == EXPERT_REVIEW) {
                break;
            }
            Journey.act(c, step.actor(), step.action());
        }
        assertEquals(EXPERT_REVIEW, Journey.state(c.id()));
        return c;
    }

    private static void assertOpens(Member expert, long applicationId, boolean opens) throws Exception {
        if (opens) {
            assertEquals(applicationId, Users.as(expert.username(), () -> Journey.forms().form(applicationId)).getApplicationId());
            assertTrue(Users.as(expert.username(), () -> Journey.workflow().find(applicationId)) != null);
        } else {
            assertThrows(ApplicationNotFoundException.class,
                    () -> Users.as(expert.username(), () -> Journey.forms().form(applicationId)));
            assertThrows(ApplicationNotFoundException.class,
                    () -> Users.as(expert.username(), () -> Journey.workflow().find(applicationId)));
        }
    }

    private static void assertResult(long applicationId, boolean passed, int present, int inFavour, int against,
                                     int abstained) {
        Object[] r = Db.rows("SELECT m.passed, m.present, m.in_favour, m.against, m.abstained, d.actor_username "
                + "FROM decision_meeting_result m JOIN decision_record d ON d.id = m.id WHERE d.application_id = ?",
                applicationId).get(0);
        assertEquals(passed, r[0]);
        assertEquals(present, ((Number) r[1]).intValue());
        assertEquals(inFavour, ((Number) r[2]).intValue());
        assertEquals(against, ((Number) r[3]).intValue());
        assertEquals(abstained, ((Number) r[4]).intValue());
        assertEquals("office-jt", r[5]);
    }

    private static Set<String> columns(String table) {
        return Db.rows("SELECT column_name FROM information_schema.columns WHERE LOWER(table_name) = ?", table)
                .stream().map(r -> ((String) r[0]).toLowerCase()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void assertRefused(MessageKey key, ThrowingCall call) {
        BusinessException refused = assertThrows(BusinessException.class, call::run);
        assertEquals(key.name(), refused.code(), refused.getMessage());
        if (key != MessageKey.MEETING_RESULT_NOT_FROM_BALLOT) {
            assertTrue(refused instanceof ReviewRefusedException, refused.getClass().getName());
        }
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }
}
