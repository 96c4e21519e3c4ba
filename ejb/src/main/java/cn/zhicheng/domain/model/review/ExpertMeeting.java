package cn.zhicheng.domain.model.review;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.zhicheng.domain.model.catalogue.Committee;
import cn.zhicheng.domain.shared.MessageKey;

/**
 * 评审会议: a session of a committee convened by its office: the date, the members invited from the pool (the
 * committee for this session), their attendance, the applications on the agenda and the recusals.
 * <p>
 * The committee's "members" for the quorum are the members invited to the meeting (人社部令第40号 第二十条: at least
 * two thirds of the 评审委员会 must attend; the office forms the session's 评审委员会 from the pool). The ballot opens
 * only when at least two thirds of them are present, and then attendance is fixed.
 */
@Entity
@Table(name = "expert_meeting")
public class ExpertMeeting {

    /** The smallest session an office may convene. */
    public static final int MIN_MEMBERS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "committee_id", updatable = false)
    private Committee committee;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    private String place;

    @Enumerated(EnumType.STRING)
    private MeetingStatus status;

    @Column(name = "created_at", updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @Column(name = "voting_opened_at")
    private LocalDateTime votingOpenedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Version
    private long version;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<MeetingMember> members = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<MeetingApplication> applications = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Recusal> recusals = new ArrayList<>();

    protected ExpertMeeting() {
    }

    /**
     * A new meeting of the committee: every invited expert must be in its pool and in office on the day, and at
     * least {@link #MIN_MEMBERS} be invited; the applications are the caller's to check (state, committee).
     */
    public ExpertMeeting(Committee committee, LocalDate date, String place, Collection<Expert> invited,
                         List<Long> applicationIds, String createdBy, LocalDateTime now) {
        if (date == null) {
            throw new ReviewRefusedException(MessageKey.MEETING_DATE_REQUIRED);
        }
        if (invited.size() < MIN_MEMBERS) {
            throw new ReviewRefusedException(MessageKey.MEETING_TOO_FEW_MEMBERS, MIN_MEMBERS, invited.size());
        }
        if (applicationIds.isEmpty()) {
            throw new ReviewRefusedException(MessageKey.MEETING_NO_APPLICATIONS);
        }
        for (Expert expert : invited) {
            if (!expert.getCommittee().getId().equals(committee.getId()) || !expert.isActiveOn(date)) {
                throw new ReviewRefusedException(MessageKey.MEETING_EXPERT_NOT_IN_POOL, expert.getName(), date);
            }
        }
        this.committee = committee;
        this.meetingDate = date;
        this.place = place;
        this.status = MeetingStatus.PLANNED;
        this.createdBy = createdBy;
        this.createdAt = now;
        invited.forEach(e -> members.add(new MeetingMember(this, e)));
        for (int i = 0; i < applicationIds.size(); i++) {
            applications.add(new MeetingApplication(this, applicationIds.get(i), i + 1));
        }
    }

    /** Present = at least this many of the members: ⌈2n/3⌉. */
    public static int quorumOf(int members) {
        return (2 * members + 2) / 3;
    }

    public int quorum() {
        return quorumOf(members.size());
    }

    public int presentCount() {
        return (int) members.stream().filter(MeetingMember::isPresent).count();
    }

    public boolean isQuorate() {
        return presentCount() >= quorum();
    }

    /** Attendance (签到): exactly these members are present. Only before the ballot opens. */
    public void recordAttendance(Set<Long> presentExpertIds) {
        requireStatus(MeetingStatus.PLANNED, MessageKey.MEETING_ATTENDANCE_FIXED);
        for (MeetingMember m : members) {
            m.markPresent(presentExpertIds.contains(m.getExpert().getId()));
        }
    }

    /** Opens the ballot: refused below two thirds of the members present. */
    public void openVoting(LocalDateTime now) {
        requireStatus(MeetingStatus.PLANNED, MessageKey.MEETING_ATTENDANCE_FIXED);
        if (!isQuorate()) {
            throw new ReviewRefusedException(MessageKey.MEETING_QUORUM_NOT_REACHED, presentCount(), members.size(),
                    quorum());
        }
        status = MeetingStatus.VOTING;
        votingOpenedAt = now;
    }

    /** Closes the ballot: nothing can be cast or changed afterwards. */
    public void close(String by, LocalDateTime now) {
        requireStatus(MeetingStatus.VOTING, MessageKey.MEETING_NOT_VOTING);
        status = MeetingStatus.CLOSED;
        closedBy = by;
        closedAt = now;
    }

    /** Records a recusal of the member from the applicant (automatic or declared); once per pair. */
    public Recusal recuse(Expert expert, Long applicationId, RecusalReason reason, String note, LocalDateTime now) {
        Recusal recusal = new Recusal(this, expert, applicationId, reason, note, now);
        recusals.add(recusal);
        return recusal;
    }

    public Optional<MeetingMember> member(String username) {
        return members.stream().filter(m -> m.getExpert().getUsername().equals(username)).findFirst();
    }

    public Optional<Recusal> recusal(Long expertId, Long applicationId) {
        return recusals.stream().filter(r -> r.concerns(expertId, applicationId)).findFirst();
    }

    public boolean isRecused(Long expertId, Long applicationId) {
        return recusal(expertId, applicationId).isPresent();
    }

    public boolean hasApplication(Long applicationId) {
        return applications.stream().anyMatch(a -> a.getApplicationId().equals(applicationId));
    }

    /** The present members who are not recused from the applicant: who may vote on it. */
    public List<MeetingMember> eligibleVoters(Long applicationId) {
        return members.stream().filter(MeetingMember::isPresent)
                .filter(m -> !isRecused(m.getExpert().getId(), applicationId)).toList();
    }

    /** The members who may open the applicant's dossier: invited and not recused. */
    public List<MeetingMember> readers(Long applicationId) {
        return members.stream().filter(m -> !isRecused(m.getExpert().getId(), applicationId)).toList();
    }

    public void requireStatus(MeetingStatus expected, MessageKey refusal) {
        if (status != expected) {
            throw new ReviewRefusedException(refusal, status);
        }
    }

    public Long getId() {
        return id;
    }

    public Committee getCommittee() {
        return committee;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getPlace() {
        return place;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getVotingOpenedAt() {
        return votingOpenedAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<MeetingMember> getMembers() {
        return members;
    }

    public List<MeetingApplication> getApplications() {
        return applications;
    }

    public List<Recusal> getRecusals() {
        return recusals;
    }
}
