package cn.zhicheng.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.ejb.Local;

import cn.zhicheng.domain.model.review.VoteChoice;

/**
 * 专家评审会议 (人社部令第40号). The office (OFFICE, its committees only) convenes a meeting of pool members for
 * applications at 专家评审 (recusals found automatically), records attendance, opens the ballot once at least two
 * thirds of the members are present, and closes it: each applicant's counts become its {@code MeetingResult}
 * (专家评审通过 / 不通过) through the one transition path. Experts (EXPERT, their own meetings) vote by secret ballot
 * and may declare a conflict. No method returns who voted what.
 */
@Local
public interface MeetingService {

    // ---- the office

    /** Applications of the committee at 专家评审 that are on no meeting yet (for a new meeting's agenda). */
    List<ApplicationSummary> awaitingReview(long committeeId);

    /** The committee's pool members in office on that day (who may be invited). */
    List<ExpertView> invitable(long committeeId, LocalDate date);

    /** A new meeting's form: the office's first committee, today (the platform's clock). */
    MeetingForm blank();

    /** Convenes a meeting; returns its id. */
    long create(MeetingForm form);

    /** One page of the office's meetings, newest first. */
    Page<MeetingSummary> meetings(int first, int pageSize);

    MeetingView meeting(long meetingId);

    /** 签到: exactly these members are present (only before the ballot opens). */
    MeetingView recordAttendance(long meetingId, long expectedVersion, Set<Long> presentExpertIds);

    /** Opens the ballot: refused below two thirds present. */
    MeetingView openVoting(long meetingId, long expectedVersion);

    /** Closes the ballot and records each applicant's result, moving it on. */
    MeetingView closeBallot(long meetingId, long expectedVersion);

    // ---- the experts

    /** The caller's meetings (invited), newest first. */
    List<MeetingSummary> myMeetings();

    ExpertMeetingView myMeeting(long meetingId);

    /** The caller's secret vote on one applicant: once, while the ballot is open, present and not recused. */
    void vote(long meetingId, long applicationId, VoteChoice choice);

    /** The caller declares a conflict of interest with the applicant and is recused (before voting on it). */
    void declareConflict(long meetingId, long applicationId, String note);
}
