package cn.zhicheng.web.office;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.CatalogueChoice;
import cn.zhicheng.application.ExpertPoolService;
import cn.zhicheng.application.ExpertView;
import cn.zhicheng.application.MeetingForm;
import cn.zhicheng.application.MeetingService;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.web.common.PageMessages;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 新建评审会议: committee, date and place, the pool members in office on that day to invite, and the applications at
 * 专家评审 not yet on a meeting. Recusals are found by the service when the meeting is created.
 */
@Named
@ViewScoped
public class NewMeetingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService meetings;

    @Inject
    ExpertPoolService pool;

    @Inject
    LocaleView localeView;

    private List<CatalogueChoice> committees = List.of();
    private MeetingForm form = new MeetingForm();
    private List<ExpertView> invitable = List.of();
    private List<ApplicationSummary> awaiting = List.of();

    @PostConstruct
    void init() {
        committees = pool.committees();
        form = meetings.blank();
        refresh();
    }

    /** The committee or the date changed: who may be invited, and what awaits review. */
    public void refresh() {
        if (form.getCommitteeId() == null) {
            return;
        }
        invitable = meetings.invitable(form.getCommitteeId(), form.getDate());
        awaiting = meetings.awaitingReview(form.getCommitteeId());
        form.setExpertIds(new ArrayList<>(form.getExpertIds().stream()
                .filter(id -> invitable.stream().anyMatch(e -> e.id() == id)).toList()));
        form.setApplicationIds(new ArrayList<>(form.getApplicationIds().stream()
                .filter(id -> awaiting.stream().anyMatch(a -> a.id().equals(id))).toList()));
    }

    public String create() {
        try {
            long id = meetings.create(form);
            PageMessages.info(localeView.bundle().getString("meetings.created"));
            return "/office/meetings-detail?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            PageMessages.refused(fieldOf(e.key()), e, localeView.getLocale());
            return null;
        }
    }

    private static String fieldOf(MessageKey key) {
        return switch (key) {
            case MEETING_DATE_REQUIRED -> "meeting:date";
            case MEETING_TOO_FEW_MEMBERS, MEETING_EXPERT_NOT_IN_POOL, EXPERT_NOT_FOUND -> "meeting:experts";
            case MEETING_NO_APPLICATIONS, MEETING_APPLICATION_NOT_READY, MEETING_APPLICATION_ALL_RECUSED ->
                    "meeting:applications";
            default -> null;
        };
    }

    public List<CatalogueChoice> getCommittees() {
        return committees;
    }

    public MeetingForm getForm() {
        return form;
    }

    public List<ExpertView> getInvitable() {
        return invitable;
    }

    public List<ApplicationSummary> getAwaiting() {
        return awaiting;
    }
}
