package cn.zhicheng.domain.model.decision;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/** The result of a publicity (评前, 评后, 人社): its period, its length in working days and whether it passed. */
@Entity
@Table(name = "decision_publicity")
@PrimaryKeyJoinColumn(name = "id")
@DiscriminatorValue("PUBLICITY")
public class PublicityRecord extends DecisionRecord {

    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate start;

    @Column(name = "end_date", nullable = false, updatable = false)
    private LocalDate end;

    @Column(name = "working_days", nullable = false, updatable = false)
    private int workingDays;

    @Column(nullable = false, updatable = false)
    private boolean passed;

    protected PublicityRecord() {
    }

    public PublicityRecord(Header header, LocalDate start, LocalDate end, int workingDays, boolean passed) {
        super(header);
        this.start = start;
        this.end = end;
        this.workingDays = workingDays;
        this.passed = passed;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public int getWorkingDays() {
        return workingDays;
    }

    public boolean isPassed() {
        return passed;
    }
}
