package cn.zhicheng.application.admin;

import java.time.LocalDateTime;
import java.io.Serializable;

/** A committee's deadline in a review year: its own (null: the year's office deadline) and the effective one. */
public class CommitteeDeadlineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long committeeId;
    private String committeeName;
    private int year;
    private LocalDateTime ownDeadline;
    private LocalDateTime effectiveDeadline;
    private LocalDateTime closedAt;

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
    }

    public String getCommitteeName() {
        return committeeName;
    }

    public void setCommitteeName(String committeeName) {
        this.committeeName = committeeName;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public LocalDateTime getOwnDeadline() {
        return ownDeadline;
    }

    public void setOwnDeadline(LocalDateTime ownDeadline) {
        this.ownDeadline = ownDeadline;
    }

    public LocalDateTime getEffectiveDeadline() {
        return effectiveDeadline;
    }

    public void setEffectiveDeadline(LocalDateTime effectiveDeadline) {
        this.effectiveDeadline = effectiveDeadline;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public void setClosedAt(LocalDateTime closedAt) {
        this.closedAt = closedAt;
    }
}
