package cn.zhicheng.domain.model.catalogue;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A committee's deadline for sending applications to its office in one review year (manual 1.1.1: after it,
 * records not yet with the office cannot go on). Absent rows mean the review year's office deadline.
 */
@Entity
@Table(name = "committee_deadline")
public class CommitteeDeadline {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "committee_id")
        private Long committeeId;

        @Column(name = "review_year_id")
        private Long reviewYearId;

        protected Key() {
        }

        public Key(Long committeeId, Long reviewYearId) {
            this.committeeId = committeeId;
            this.reviewYearId = reviewYearId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(committeeId, k.committeeId)
                    && Objects.equals(reviewYearId, k.reviewYearId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(committeeId, reviewYearId);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "office_deadline")
    private LocalDateTime officeDeadline;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    protected CommitteeDeadline() {
    }

    public CommitteeDeadline(Long committeeId, Long reviewYearId, LocalDateTime officeDeadline) {
        this.key = new Key(committeeId, reviewYearId);
        this.officeDeadline = officeDeadline;
    }

    public void moveTo(LocalDateTime deadline) {
        this.officeDeadline = deadline;
        this.closedAt = null;
    }

    public void markClosed(LocalDateTime when) {
        this.closedAt = when;
    }

    public LocalDateTime getOfficeDeadline() {
        return officeDeadline;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }
}
