package cn.zhicheng.domain.model.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An expert invited to a meeting, and whether they attended. */
@Entity
@Table(name = "meeting_member")
public class MeetingMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", updatable = false)
    private ExpertMeeting meeting;

    @ManyToOne(optional = false)
    @JoinColumn(name = "expert_id", updatable = false)
    private Expert expert;

    private boolean present;

    protected MeetingMember() {
    }

    MeetingMember(ExpertMeeting meeting, Expert expert) {
        this.meeting = meeting;
        this.expert = expert;
    }

    void markPresent(boolean present) {
        this.present = present;
    }

    public Long getId() {
        return id;
    }

    public ExpertMeeting getMeeting() {
        return meeting;
    }

    public Expert getExpert() {
        return expert;
    }

    public boolean isPresent() {
        return present;
    }
}
