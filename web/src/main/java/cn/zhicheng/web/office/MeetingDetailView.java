package cn.zhicheng.web.office;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.MeetingService;
import cn.zhicheng.application.MeetingView;
import cn.zhicheng.domain.model.review.MeetingStatus;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.common.PageMessages;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 评审会议 of the office: attendance (签到) before the ballot, the quorum, 开始投票 (refused below two thirds), the
 * turnout per applicant while voting (never a count of choices), 结束投票 with each applicant's result.
 */
@Named
@ViewScoped
public class MeetingDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService meetings;

    @Inject
    LocaleView localeView;

    private Long id;
    private MeetingView meeting;
    private List<Long> present = new ArrayList<>();

    public void load() {
        if (id == null) {
            return;
        }
        try {
            show(meetings.meeting(id));
        } catch (BusinessException e) {
            meeting = null;
            PageMessages.refused(null, e, localeView.getLocale());
        }
    }

    public void saveAttendance() {
        act(() -> meetings.recordAttendance(id, meeting.version(), new HashSet<>(present)), "meetings.attendanceSaved");
    }

    public void openVoting() {
        act(() -> meetings.openVoting(id, meeting.version()), "meetings.votingOpened");
    }

    public void closeBallot() {
        act(() -> meetings.closeBallot(id, meeting.version()), "meetings.closed");
    }

    /** Shows the turnout as it is now. */
    public void refresh() {
        load();
    }

    private void act(java.util.function.Supplier<MeetingView> step, String done) {
        try {
            show(step.get());
            PageMessages.info(localeView.bundle().getString(done));
        } catch (BusinessException e) {
            PageMessages.refused(null, e, localeView.getLocale());
            load();
        }
    }

    private void show(MeetingView view) {
        meeting = view;
        present = new ArrayList<>(view.members().stream().filter(MeetingView.Member::present)
                .map(MeetingView.Member::expertId).toList());
    }

    public boolean isPlanned() {
        return meeting != null && meeting.status() == MeetingStatus.PLANNED;
    }

    public boolean isVoting() {
        return meeting != null && meeting.status() == MeetingStatus.VOTING;
    }

    public boolean isClosed() {
        return meeting != null && meeting.status() == MeetingStatus.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MeetingView getMeeting() {
        return meeting;
    }

    public List<Long> getPresent() {
        return present;
    }

    public void setPresent(List<Long> present) {
        this.present = present == null ? new ArrayList<>() : new ArrayList<>(present);
    }
}
