package cn.zhicheng.domain.model.decision;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/** 专家评审通过 / 不通过 as recorded by the office: the counts of the meeting's vote (no single vote is kept). */
@Entity
@Table(name = "decision_meeting_result")
@PrimaryKeyJoinColumn(name = "id")
@DiscriminatorValue("MEETING")
public class MeetingResultRecord extends DecisionRecord {

    @Column(nullable = false, updatable = false)
    private boolean passed;

    @Column(nullable = false, updatable = false)
    private int present;

    @Column(name = "in_favour", nullable = false, updatable = false)
    private int inFavour;

    @Column(nullable = false, updatable = false)
    private int against;

    @Column(nullable = false, updatable = false)
    private int abstained;

    protected MeetingResultRecord() {
    }

    public MeetingResultRecord(Header header, boolean passed, int present, int inFavour, int against, int abstained) {
        super(header);
        this.passed = passed;
        this.present = present;
        this.inFavour = inFavour;
        this.against = against;
        this.abstained = abstained;
    }

    public boolean isPassed() {
        return passed;
    }

    public int getPresent() {
        return present;
    }

    public int getInFavour() {
        return inFavour;
    }

    public int getAgainst() {
        return against;
    }

    public int getAbstained() {
        return abstained;
    }
}
