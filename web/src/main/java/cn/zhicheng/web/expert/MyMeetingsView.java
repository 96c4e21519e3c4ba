package cn.zhicheng.web.expert;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.MeetingService;
import cn.zhicheng.application.MeetingSummary;

/** 评审任务: the meetings the expert is invited to. */
@Named
@ViewScoped
public class MyMeetingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService meetings;

    private List<MeetingSummary> rows = List.of();

    @PostConstruct
    void init() {
        rows = meetings.myMeetings();
    }

    public List<MeetingSummary> getRows() {
        return rows;
    }
}
