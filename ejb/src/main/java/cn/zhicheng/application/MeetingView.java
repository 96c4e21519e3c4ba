package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import cn.zhicheng.domain.model.review.MeetingStatus;
import cn.zhicheng.domain.model.review.RecusalReason;

/**
 * A meeting as its office sees it: members and attendance, the quorum, and per applicant the recusals, the
 * turnout (how many of the eligible have voted — never who voted what) and, once the ballot closed, the counts.
 */
public record MeetingView(long id, long version, long committeeId, String committeeName, LocalDate date,
                          String place, MeetingStatus status, List<Member> members, int quorum, int present,
                          List<Agenda> agenda) implements Serializable {

    public boolean quorate() {
        return present >= quorum;
    }

    /** An invited expert and whether they attended. */
    public record Member(long expertId, String name, String unitName, String specialty, boolean present)
            implements Serializable {
    }

    /** A recusal: who stays out of which applicant's review, and why. */
    public record RecusalLine(long expertId, String expertName, RecusalReason reason, String note)
            implements Serializable {
    }

    /**
     * An applicant on the agenda. {@code voted}: how many eligible experts have cast their vote; the counts are
     * null until the ballot closes.
     */
    public record Agenda(long applicationId, String serialNo, String applicantName, String summary,
                         String stateLabel, List<RecusalLine> recusals, int eligible, long voted, Integer inFavour,
                         Integer against, Integer abstained, Boolean passed) implements Serializable {
    }
}
