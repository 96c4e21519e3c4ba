package cn.zhicheng.web.expert;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.ExpertMeetingView;
import cn.zhicheng.application.MeetingService;
import cn.zhicheng.domain.model.review.VoteChoice;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.common.PageMessages;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 评审投票: the applicants of one meeting the expert may review (查看 opens the dossier read-only), a secret vote
 * 同意 / 不同意 / 弃权 on each while the ballot is open, and 申请回避 for a conflict of interest. The page keeps the
 * chosen option only until it is cast.
 */
@Named
@ViewScoped
public class BallotView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService meetings;

    @Inject
    LocaleView localeView;

    private Long id;
    private ExpertMeetingView meeting;
    /** The option chosen per applicant, by the choice's name (the page's radio buttons). */
    private final Map<Long, String> choices = new HashMap<>();
    private Long conflictApplicationId;
    private String conflictNote;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            meeting = meetings.myMeeting(id);
        } catch (BusinessException e) {
            meeting = null;
            PageMessages.refused(null, e, localeView.getLocale());
        }
    }

    public void vote(long applicationId) {
        try {
            String chosen = choices.get(applicationId);
            meetings.vote(id, applicationId, chosen == null || chosen.isBlank() ? null : VoteChoice.valueOf(chosen));
            choices.remove(applicationId);
            PageMessages.info(localeView.bundle().getString("ballot.cast"));
        } catch (BusinessException e) {
            PageMessages.refused(null, e, localeView.getLocale());
        }
        load();
    }

    public void prepareConflict(long applicationId) {
        conflictApplicationId = applicationId;
        conflictNote = null;
    }

    public void declareConflict() {
        try {
            meetings.declareConflict(id, conflictApplicationId, conflictNote);
            PageMessages.info(localeView.bundle().getString("ballot.recused"));
        } catch (BusinessException e) {
            PageMessages.refused(null, e, localeView.getLocale());
        }
        load();
    }

    public java.util.List<VoteChoice> getChoiceOptions() {
        return java.util.List.of(VoteChoice.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ExpertMeetingView getMeeting() {
        return meeting;
    }

    public Map<Long, String> getChoices() {
        return choices;
    }

    public String getConflictNote() {
        return conflictNote;
    }

    public void setConflictNote(String conflictNote) {
        this.conflictNote = conflictNote;
    }
}
