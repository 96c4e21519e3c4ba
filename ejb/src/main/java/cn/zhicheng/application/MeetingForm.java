package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A new 评审会议 as the office enters it: committee, date, place, the pool members invited, the applications. */
public class MeetingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long committeeId;
    private LocalDate date;
    private String place;
    private List<Long> expertIds = new ArrayList<>();
    private List<Long> applicationIds = new ArrayList<>();

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public List<Long> getExpertIds() {
        return expertIds;
    }

    public void setExpertIds(List<Long> expertIds) {
        this.expertIds = expertIds == null ? new ArrayList<>() : new ArrayList<>(expertIds);
    }

    public List<Long> getApplicationIds() {
        return applicationIds;
    }

    public void setApplicationIds(List<Long> applicationIds) {
        this.applicationIds = applicationIds == null ? new ArrayList<>() : new ArrayList<>(applicationIds);
    }
}
