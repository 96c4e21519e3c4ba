package cn.zhicheng.application;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One deadline the cut-off works to: a committee's effective deadline in a review year or, with {@code committeeId}
 * null, the review year's office deadline for drafts that have no specialty (hence no committee) yet.
 *
 * @param remaining time left on the platform clock until the deadline; zero or negative once it has passed
 * @param doneAt    when the cut-off for exactly this deadline was marked done, or null
 */
public record CutoffDeadline(Long committeeId, int year, LocalDateTime deadline, Duration remaining,
                             LocalDateTime doneAt) implements Serializable {

    public boolean passed() {
        return remaining.isNegative() || remaining.isZero();
    }

    public boolean done() {
        return doneAt != null;
    }

    /** Passed and not yet done: a run of the cut-off is owed. */
    public boolean due() {
        return passed() && !done();
    }
}
