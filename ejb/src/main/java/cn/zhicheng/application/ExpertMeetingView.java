package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import cn.zhicheng.domain.model.review.MeetingStatus;

/**
 * A meeting as one invited expert sees it: whether they are present, and the applicants they may review (those they
 * are recused from are left out), each with whether they have voted on it yet (their own turnout, never a choice).
 */
public record ExpertMeetingView(long id, String committeeName, LocalDate date, String place, MeetingStatus status,
                                boolean present, int recusedCount, List<Item> items) implements Serializable {

    public boolean votingOpen() {
        return status == MeetingStatus.VOTING;
    }

    /** An applicant the expert may open and vote on. */
    public record Item(long applicationId, String serialNo, String applicantName, String summary, boolean voted)
            implements Serializable {
    }
}
