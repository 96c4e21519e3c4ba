package cn.zhicheng.domain.model.review;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An expert kept out of one applicant's review in one meeting: may neither open the dossier nor vote on it. */
@Entity
@Table(name = "meeting_recusal")
public class Recusal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", updatable = false)
    private ExpertMeeting meeting;

    @ManyToOne(optional = false)
    @JoinColumn(name = "expert_id", updatable = false)
    private Expert expert;

    @Column(name = "application_id", updatable = false)
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private RecusalReason reason;

    @Column(updatable = false)
    private String note;

    @Column(name = "recorded_at", updatable = false)
    private LocalDateTime recordedAt;

    protected Recusal() {
    }

    Recusal(ExpertMeeting meeting, Expert expert, Long applicationId, RecusalReason reason, String note,
            LocalDateTime now) {
        this.meeting = meeting;
        this.expert = expert;
        this.applicationId = applicationId;
        this.reason = reason;
        this.note = note;
        this.recordedAt = now;
    }

    public boolean concerns(Long expertId, Long application) {
        return expert.getId().equals(expertId) && applicationId.equals(application);
    }

    public Expert getExpert() {
        return expert;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public RecusalReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }
}
