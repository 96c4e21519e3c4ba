package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.ExpertMeetingView;
import cn.zhicheng.application.ExpertView;
import cn.zhicheng.application.MeetingForm;
import cn.zhicheng.application.MeetingService;
import cn.zhicheng.application.MeetingSummary;
import cn.zhicheng.application.MeetingView;
import cn.zhicheng.application.Page;
import cn.zhicheng.application.decision.MeetingResult;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.audit.SecurityEvent;
import cn.zhicheng.domain.model.catalogue.Committee;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.review.Expert;
import cn.zhicheng.domain.model.review.ExpertMeeting;
import cn.zhicheng.domain.model.review.MeetingApplication;
import cn.zhicheng.domain.model.review.MeetingMember;
import cn.zhicheng.domain.model.review.MeetingStatus;
import cn.zhicheng.domain.model.review.Recusal;
import cn.zhicheng.domain.model.review.RecusalReason;
import cn.zhicheng.domain.model.review.RecusalRules;
import cn.zhicheng.domain.model.review.ReviewRefusedException;
import cn.zhicheng.domain.model.review.Tally;
import cn.zhicheng.domain.model.review.VoteChoice;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.infrastructure.security.SecurityAudit;

/**
 * Expert meetings and the secret ballot. A vote writes two rows in two tables that share only the meeting and the
 * applicant: {@code meeting_turnout} (who voted on it) and {@code meeting_ballot} (what was voted: a random id, the
 * choice, no voter, no time). Nothing here reads a ballot but the count per choice, and no count is shown before
 * the ballot closes (a count that changes after each vote would tell who voted what). Votes and the close take the
 * meeting's row lock, so no vote slips in after the close.
 */
@Stateless
public class DefaultMeetingService implements MeetingService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    Transitions transitions;

    @Inject
    SecurityAudit audit;

    @Inject
    Clock clock;

    // ------------------------------------------------------------------ the office

    @Override
    @RolesAllowed(Role.OFFICE_NAME)
    public List<ApplicationSummary> awaitingReview(long committeeId) {
        Committee committee = ownCommittee(committeeId);
        return em.createQuery("SELECT NEW cn.zhicheng.application.ApplicationSummary(a.id, a.serialNo, a.summary, "
                        + "a.applicantName, a.state, a.handlingDept, a.createdAt, a.version, a.certificateNo) "
                        + "FROM Application a WHERE a.committee = :c AND a.state = :state AND NOT EXISTS "
                        + "(SELECT s FROM MeetingApplication s WHERE s.applicationId = a.id) ORDER BY a.serialNo",
                        ApplicationSummary.class)
                .setParameter("c", committee).setParameter("state", ApplicationState.EXPERT_REVIEW)
                .setMaxResults(200).getResultList();
    }

    @Override
    @RolesAllowed(Role.OFFICE_NAME)
    public List<ExpertView> invitable(long committeeId, LocalDate date) {
        Committee committee = ownCommittee(committeeId);
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        return em.createQuery("SELECT e FROM Expert e WHERE e.committee = :c AND e.termStart <= :d AND e.termEnd >= :d "
                        + "AND e.account.enabled = TRUE ORDER BY e.name, e.id", Expert.class)
                .setParameter("c", committee).setParameter("d", day).setMaxResults(500).getResultList()
                .stream().map(e -> DefaultExpertPoolService.view(e, day)).toList();
    }

    @Override
    @RolesAllowed(Role.OFFICE_NAME)
    public MeetingForm blank() {
        MeetingForm form = new MeetingForm();
        form.setDate(LocalDate.now(clock));
        form.setCommitteeId(em.createQuery("SELECT MIN(c.id) FROM Committee c WHERE c.office.id = :o", Long.class)
                .setParameter("o", officeId()).getSingleResult());
        return form;
    }

    @Override
    @RolesAllowed(Role.OFFICE_NAME)
    public long create(MeetingForm form) {
        Actor actor = currentActor.get();
        Committee committee = ownCommittee(form.getCommitteeId() == null ? -1 : form.getCommitteeId());
        LocalDateTime now = LocalDateTime.now(clock);
        List<Expert> invited = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(form.getExpertIds())) {
            Expert expert = em.find(Expert.class, id);
            if (expert == null) {
                throw new ReviewRefusedException(MessageKey.EXPERT_NOT_FOUND);
            }
            invited.add(expert);
        }
        List<Application> applications = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(form.getApplicationIds())) {
            // the row lock keeps one application off two meetings created at once
            Application a = em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (a == null || !a.isVisibleTo(actor) || a.getState() != ApplicationState.EXPERT_REVIEW
                    || !committee.getId().equals(a.getCommittee().getId()) || onAMeeting(id)) {
                throw new ReviewRefusedException(MessageKey.MEETING_APPLICATION_NOT_READY,
                        a == null || !a.isVisibleTo(actor) ? String.valueOf(id) : a.getSerialNo());
            }
            applications.add(a);
        }
        ExpertMeeting meeting = new ExpertMeeting(committee, form.getDate(), blankToNull(form.getPlace()), invited,
                applications.stream().map(Application::getId).toList(), actor.username(), now);
        em.persist(meeting);
        for (Application a : applications) {
            for (Expert expert : invited) {
                RecusalRules.automatic(expert, a).ifPresent(reason -> meeting.recuse(expert, a.getId(), reason, null, now));
            }
            List<MeetingMember> readers = meeting.readers(a.getId());
            if (readers.isEmpty()) {
                throw new ReviewRefusedException(MessageKey.MEETING_APPLICATION_ALL_RECUSED, a.getSerialNo());
            }
            readers.forEach(m -> a.openToExpert(m.getExpert().getUsername()));
        }
        em.flush();
        return meeting.getId();
    }

    @Override
    @RolesAllowed(Role.OFFICE_NAME)
    public Page<MeetingSummary> meetings(int first, int pageSize) {
        long office = officeId();
        long total = em.createQuery("SELECT COUNT(m) FROM ExpertMeeting m WHERE m.committee.office.id = :o", Long.class)
                .setParameter("o", office).getSingleResult();
        List<ExpertMeeting> rows = em.createQuery("SELECT m FROM ExpertMeeting m WHERE m.committee.office.id = :o "
                        + "ORDER BY m.meetingDate DESC, m.id DESC", ExpertMeeting.class).setParameter("o", office)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), 100)).getResultList();
        return new Page<>(meetingRows(rows), total);
    }

    @Override
    @RolesAllowed(Role.OFFICE_NAME)
    public MeetingView meeting(long meetingId) {
        return view(ownMeeting(meetingId, LockModeType.NONE));
    }

    @Override
    @RolesAllowed(Role.OFFICE_NAME)
    public MeetingView recordAttendance(long meetingId, long expectedVersion, Set<Long> presentExpertIds) {
        ExpertMeeting meeting = ownMeeting(meetingId, LockModeType.PESSIMISTIC_WRITE);
        checkVersion(meeting, expectedVersion);
        meeting.recordAttendance(presentExpertIds == null ? Set.of() : presentExpertIds);
        em.flush();
        return view(meeting);
    }

    @Override
    @RolesAllowed(Role.OFFICE_NAME)
    public MeetingView openVoting(long meetingId, long expectedVersion) {
        ExpertMeeting meeting = ownMeeting(meetingId, LockModeType.PESSIMISTIC_WRITE);
        checkVersion(meeting, expectedVersion);
        meeting.openVoting(LocalDateTime.now(clock));
        for (MeetingApplication item : meeting.getApplications()) {
            if (meeting.eligibleVoters(item.getApplicationId()).isEmpty()) {
                throw new ReviewRefusedException(MessageKey.MEETING_APPLICATION_ALL_RECUSED, serialNo(item));
            }
        }
        em.flush();
        return view(meeting);
    }

    @Override
    @RolesAllowed(Role.OFFICE_NAME)
    public MeetingView closeBallot(long meetingId, long expectedVersion) {
        Actor actor = currentActor.get();
        ExpertMeeting meeting = ownMeeting(meetingId, LockModeType.PESSIMISTIC_WRITE);
        checkVersion(meeting, expectedVersion);
        LocalDateTime now = LocalDateTime.now(clock);
        meeting.close(actor.username(), now);
        Map<Long, Map<VoteChoice, Integer>> counts = counts(meeting.getId());
        for (MeetingApplication item : meeting.getApplications()) {
            int eligible = meeting.eligibleVoters(item.getApplicationId()).size();
            if (eligible == 0) {
                throw new ReviewRefusedException(MessageKey.MEETING_APPLICATION_ALL_RECUSED, serialNo(item));
            }
            Map<VoteChoice, Integer> c = counts.getOrDefault(item.getApplicationId(), Map.of());
            Tally tally = new Tally(eligible, c.getOrDefault(VoteChoice.AGREE, 0), c.getOrDefault(VoteChoice.DISAGREE, 0),
                    c.getOrDefault(VoteChoice.ABSTAIN, 0));
            item.recordTally(tally);
            em.flush();
            Application application = em.find(Application.class, item.getApplicationId());
            transitions.take(actor, application.getId(), application.getVersion(), new MeetingResult(
                    tally.passed() ? Action.EXPERT_PASS : Action.EXPERT_FAIL, tally.eligible(), tally.inFavour(),
                    tally.against(), tally.abstained(), opinion(meeting, tally)));
            // the ballot is over: the experts' reading of the dossier ends with it
            meeting.getMembers().forEach(m -> application.closeToExpert(m.getExpert().getUsername()));
        }
        shuffleBallots(meeting.getId());
        em.flush();
        return view(meeting);
    }

    // ------------------------------------------------------------------ the experts

    @Override
    @RolesAllowed(Role.EXPERT_NAME)
    public List<MeetingSummary> myMeetings() {
        return meetingRows(em.createQuery("SELECT m FROM MeetingMember mm JOIN mm.meeting m "
                        + "WHERE mm.expert.account.username = :u ORDER BY m.meetingDate DESC, m.id DESC", ExpertMeeting.class)
                .setParameter("u", currentActor.get().username()).setMaxResults(100).getResultList());
    }

    @Override
    @RolesAllowed(Role.EXPERT_NAME)
    public ExpertMeetingView myMeeting(long meetingId) {
        String me = currentActor.get().username();
        ExpertMeeting meeting = em.find(ExpertMeeting.class, meetingId);
        MeetingMember member = meeting == null ? null : meeting.member(me).orElse(null);
        if (member == null) {
            throw new ReviewRefusedException(MessageKey.MEETING_NOT_FOUND);
        }
        Long expertId = member.getExpert().getId();
        Set<Long> voted = new HashSet<>(longs(em.createNativeQuery(
                        "SELECT application_id FROM meeting_turnout WHERE meeting_id = ? AND expert_id = ?")
                .setParameter(1, meetingId).setParameter(2, expertId).getResultList()));
        List<Long> open = meeting.getApplications().stream().map(MeetingApplication::getApplicationId)
                .filter(id -> !meeting.isRecused(expertId, id)).toList();
        Map<Long, ApplicationSummary> summaries = summaries(open);
        List<ExpertMeetingView.Item> items = open.stream().map(id -> {
            ApplicationSummary s = summaries.get(id);
            return new ExpertMeetingView.Item(id, s.serialNo(), s.applicantName(), s.summary(), voted.contains(id));
        }).toList();
        return new ExpertMeetingView(meeting.getId(), meeting.getCommittee().getName(), meeting.getMeetingDate(),
                meeting.getPlace(), meeting.getStatus(), member.isPresent(),
                meeting.getApplications().size() - open.size(), items);
    }

    @Override
    @RolesAllowed(Role.EXPERT_NAME)
    public void vote(long meetingId, long applicationId, VoteChoice choice) {
        String me = currentActor.get().username();
        try {
            if (choice == null) {
                throw new ReviewRefusedException(MessageKey.VOTE_CHOICE_REQUIRED);
            }
            ExpertMeeting meeting = em.find(ExpertMeeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
            MeetingMember member = meeting == null ? null : meeting.member(me).orElse(null);
            if (member == null || !meeting.hasApplication(applicationId)) {
                throw new ReviewRefusedException(MessageKey.MEETING_NOT_FOUND);
            }
            meeting.requireStatus(MeetingStatus.VOTING, MessageKey.MEETING_NOT_VOTING);
            Long expertId = member.getExpert().getId();
            String serialNo = serialNo(applicationId);
            if (meeting.isRecused(expertId, applicationId)) {
                throw new ReviewRefusedException(MessageKey.VOTE_RECUSED, serialNo);
            }
            if (!member.isPresent()) {
                throw new ReviewRefusedException(MessageKey.VOTE_NOT_PRESENT);
            }
            if (hasVoted(meetingId, applicationId, expertId)) {
                throw new ReviewRefusedException(MessageKey.VOTE_ALREADY_CAST, serialNo);
            }
            em.createNativeQuery("INSERT INTO meeting_turnout (meeting_id, application_id, expert_id) VALUES (?, ?, ?)")
                    .setParameter(1, meetingId).setParameter(2, applicationId).setParameter(3, expertId).executeUpdate();
            em.createNativeQuery("INSERT INTO meeting_ballot (id, meeting_id, application_id, choice) VALUES (?, ?, ?, ?)")
                    .setParameter(1, UUID.randomUUID().toString()).setParameter(2, meetingId)
                    .setParameter(3, applicationId).setParameter(4, choice.name()).executeUpdate();
        } catch (ReviewRefusedException refused) {
            // the refusal is recorded; the choice never is
            audit.record(me, SecurityEvent.Type.ACTION_REFUSED, null,
                    "vote on meeting " + meetingId + " application " + applicationId + ": " + refused.code());
            throw refused;
        }
    }

    @Override
    @RolesAllowed(Role.EXPERT_NAME)
    public void declareConflict(long meetingId, long applicationId, String note) {
        String me = currentActor.get().username();
        ExpertMeeting meeting = em.find(ExpertMeeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        MeetingMember member = meeting == null ? null : meeting.member(me).orElse(null);
        if (member == null || !meeting.hasApplication(applicationId)) {
            throw new ReviewRefusedException(MessageKey.MEETING_NOT_FOUND);
        }
        if (meeting.getStatus() == MeetingStatus.CLOSED) {
            throw new ReviewRefusedException(MessageKey.MEETING_NOT_VOTING, MeetingStatus.CLOSED);
        }
        Expert expert = member.getExpert();
        if (meeting.isRecused(expert.getId(), applicationId)) {
            return;
        }
        String serialNo = serialNo(applicationId);
        if (hasVoted(meetingId, applicationId, expert.getId())) {
            throw new ReviewRefusedException(MessageKey.RECUSAL_AFTER_VOTE, serialNo);
        }
        boolean lastReader = meeting.readers(applicationId).size() <= 1;
        boolean lastVoter = meeting.getStatus() == MeetingStatus.VOTING && member.isPresent()
                && meeting.eligibleVoters(applicationId).size() <= 1;
        if (lastReader || lastVoter) {
            throw new ReviewRefusedException(MessageKey.MEETING_APPLICATION_ALL_RECUSED, serialNo);
        }
        meeting.recuse(expert, applicationId, RecusalReason.DECLARED, blankToNull(note), LocalDateTime.now(clock));
        em.find(Application.class, applicationId).closeToExpert(me);
        em.flush();
    }

    // ------------------------------------------------------------------ helpers

    /** List rows with their member and agenda counts: two grouped counts for the page, whatever its size. */
    private List<MeetingSummary> meetingRows(List<ExpertMeeting> meetings) {
        if (meetings.isEmpty()) {
            return List.of();
        }
        List<Long> ids = meetings.stream().map(ExpertMeeting::getId).toList();
        Map<Long, Long> members = countBy("SELECT mm.meeting.id, COUNT(mm) FROM MeetingMember mm "
                + "WHERE mm.meeting.id IN :ids GROUP BY mm.meeting.id", ids);
        Map<Long, Long> agenda = countBy("SELECT s.meeting.id, COUNT(s) FROM MeetingApplication s "
                + "WHERE s.meeting.id IN :ids GROUP BY s.meeting.id", ids);
        return meetings.stream().map(m -> new MeetingSummary(m.getId(), m.getCommittee().getName(), m.getMeetingDate(),
                m.getPlace(), m.getStatus(), members.getOrDefault(m.getId(), 0L).intValue(),
                agenda.getOrDefault(m.getId(), 0L).intValue())).toList();
    }

    private Map<Long, Long> countBy(String jpql, List<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private boolean hasVoted(long meetingId, long applicationId, long expertId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM meeting_turnout WHERE meeting_id = ? "
                        + "AND application_id = ? AND expert_id = ?")
                .setParameter(1, meetingId).setParameter(2, applicationId).setParameter(3, expertId)
                .getSingleResult()).longValue() > 0;
    }

    /** The ballots counted per applicant and choice: the only read of the ballot table. */
    private Map<Long, Map<VoteChoice, Integer>> counts(long meetingId) {
        Map<Long, Map<VoteChoice, Integer>> counts = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT application_id, choice, COUNT(*) FROM meeting_ballot "
                + "WHERE meeting_id = ? GROUP BY application_id, choice").setParameter(1, meetingId).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts.computeIfAbsent(((Number) r[0]).longValue(), k -> new EnumMap<>(VoteChoice.class))
                    .put(VoteChoice.valueOf((String) r[1]), ((Number) r[2]).intValue());
        }
        return counts;
    }

    /**
     * Rewrites the closed meeting's ballots in a random order under new random ids: their physical order in the
     * table then no longer follows the order of the votes, which the turnout's insertion order might betray.
     */
    private void shuffleBallots(long meetingId) {
        List<?> rows = em.createNativeQuery("SELECT application_id, choice FROM meeting_ballot WHERE meeting_id = ?")
                .setParameter(1, meetingId).getResultList();
        List<Object[]> ballots = new ArrayList<>();
        rows.forEach(r -> ballots.add((Object[]) r));
        Collections.shuffle(ballots, new java.security.SecureRandom());
        em.createNativeQuery("DELETE FROM meeting_ballot WHERE meeting_id = ?").setParameter(1, meetingId).executeUpdate();
        for (Object[] b : ballots) {
            em.createNativeQuery("INSERT INTO meeting_ballot (id, meeting_id, application_id, choice) VALUES (?, ?, ?, ?)")
                    .setParameter(1, UUID.randomUUID().toString()).setParameter(2, meetingId)
                    .setParameter(3, ((Number) b[0]).longValue()).setParameter(4, b[1]).executeUpdate();
        }
    }

    private static String opinion(ExpertMeeting meeting, Tally tally) {
        return "评审会议（" + meeting.getMeetingDate().format(DAY) + "）无记名投票：应参加表决专家" + tally.eligible()
                + "人，同意" + tally.inFavour() + "票，不同意" + tally.against() + "票，弃权" + tally.abstained() + "票，"
                + (tally.passed() ? "同意票达到三分之二，评审通过。" : "同意票未达到三分之二，评审不通过。");
    }

    private MeetingView view(ExpertMeeting m) {
        List<Long> ids = m.getApplications().stream().map(MeetingApplication::getApplicationId).toList();
        Map<Long, ApplicationSummary> summaries = summaries(ids);
        Map<Long, Long> turnout = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT application_id, COUNT(*) FROM meeting_turnout WHERE meeting_id = ? "
                + "GROUP BY application_id").setParameter(1, m.getId()).getResultList()) {
            Object[] r = (Object[]) row;
            turnout.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        List<MeetingView.Member> members = m.getMembers().stream().map(mm -> new MeetingView.Member(
                mm.getExpert().getId(), mm.getExpert().getName(), mm.getExpert().getUnitName(),
                mm.getExpert().getSpecialty(), mm.isPresent())).toList();
        List<MeetingView.Agenda> agenda = m.getApplications().stream().map(item -> {
            ApplicationSummary s = summaries.get(item.getApplicationId());
            List<MeetingView.RecusalLine> recusals = m.getRecusals().stream()
                    .filter(r -> r.getApplicationId().equals(item.getApplicationId()))
                    .map(r -> new MeetingView.RecusalLine(r.getExpert().getId(), r.getExpert().getName(), r.getReason(),
                            r.getNote())).toList();
            Tally t = item.getTally();
            return new MeetingView.Agenda(item.getApplicationId(), s.serialNo(), s.applicantName(), s.summary(),
                    s.state().label(), recusals, m.eligibleVoters(item.getApplicationId()).size(),
                    turnout.getOrDefault(item.getApplicationId(), 0L),
                    t == null ? null : t.inFavour(), t == null ? null : t.against(), t == null ? null : t.abstained(),
                    t == null ? null : t.passed());
        }).toList();
        return new MeetingView(m.getId(), m.getVersion(), m.getCommittee().getId(), m.getCommittee().getName(),
                m.getMeetingDate(), m.getPlace(), m.getStatus(), members, m.quorum(), m.presentCount(), agenda);
    }

    private Map<Long, ApplicationSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT NEW cn.zhicheng.application.ApplicationSummary(a.id, a.serialNo, a.summary, "
                        + "a.applicantName, a.state, a.handlingDept, a.createdAt, a.version, a.certificateNo) "
                        + "FROM Application a WHERE a.id IN :ids", ApplicationSummary.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(ApplicationSummary::id, Function.identity()));
    }

    private String serialNo(MeetingApplication item) {
        return serialNo(item.getApplicationId());
    }

    private String serialNo(long applicationId) {
        return em.createQuery("SELECT a.serialNo FROM Application a WHERE a.id = :id", String.class)
                .setParameter("id", applicationId).getSingleResult();
    }

    private boolean onAMeeting(long applicationId) {
        return em.createQuery("SELECT COUNT(s) FROM MeetingApplication s WHERE s.applicationId = :id", Long.class)
                .setParameter("id", applicationId).getSingleResult() > 0;
    }

    private static List<Long> longs(List<?> values) {
        return values.stream().map(v -> ((Number) v).longValue()).toList();
    }

    private static void checkVersion(ExpertMeeting meeting, long expectedVersion) {
        if (meeting.getVersion() != expectedVersion) {
            throw new ReviewRefusedException(MessageKey.MEETING_CHANGED);
        }
    }

    private long officeId() {
        Actor actor = currentActor.get();
        return actor.officeId() == null ? -1 : actor.officeId();
    }

    private Committee ownCommittee(long committeeId) {
        Committee committee = em.find(Committee.class, committeeId);
        if (committee == null || committee.getOffice().getId() != officeId()) {
            throw new ReviewRefusedException(MessageKey.MEETING_NOT_FOUND);
        }
        return committee;
    }

    private ExpertMeeting ownMeeting(long meetingId, LockModeType lock) {
        ExpertMeeting meeting = em.find(ExpertMeeting.class, meetingId, lock);
        if (meeting == null || meeting.getCommittee().getOffice().getId() != officeId()) {
            throw new ReviewRefusedException(MessageKey.MEETING_NOT_FOUND);
        }
        return meeting;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
