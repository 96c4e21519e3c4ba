package cn.zhicheng.batch.deadline;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** A persistent timer's info: the deadline it waits for (committeeId null: drafts without a specialty). */
record CutoffTimer(Long committeeId, int year, LocalDateTime deadline) implements Serializable {

    boolean sameCutoff(Long otherCommittee, int otherYear) {
        return Objects.equals(committeeId, otherCommittee) && year == otherYear;
    }
}
