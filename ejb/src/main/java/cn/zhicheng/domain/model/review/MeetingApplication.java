package cn.zhicheng.domain.model.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An application on a meeting's agenda, and its tally once the ballot closed. */
@Entity
@Table(name = "meeting_application")
public class MeetingApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", updatable = false)
    private ExpertMeeting meeting;

    @Column(name = "application_id", updatable = false)
    private Long applicationId;

    private int position;

    private Integer eligible;

    @Column(name = "in_favour")
    private Integer inFavour;

    private Integer against;

    private Integer abstained;

    private Boolean passed;

    protected MeetingApplication() {
    }

    MeetingApplication(ExpertMeeting meeting, Long applicationId, int position) {
        this.meeting = meeting;
        this.applicationId = applicationId;
        this.position = position;
    }

    /** The ballot's result for this applicant, kept when the ballot closes. */
    public void recordTally(Tally tally) {
        this.eligible = tally.eligible();
        this.inFavour = tally.inFavour();
        this.against = tally.against();
        this.abstained = tally.abstained();
        this.passed = tally.passed();
    }

    public Long getId() {
        return id;
    }

    public ExpertMeeting getMeeting() {
        return meeting;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public int getPosition() {
        return position;
    }

    /** The tally, once the ballot closed; null before. */
    public Tally getTally() {
        return passed == null ? null : new Tally(eligible, inFavour, against, abstained);
    }
}
