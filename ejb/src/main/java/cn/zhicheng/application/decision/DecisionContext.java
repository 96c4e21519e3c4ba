package cn.zhicheng.application.decision;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What a decision's guard may ask of the platform about the application being decided: the time, the
 * working-day calendar, the submit rules and the committee's deadline.
 */
public interface DecisionContext {

    /** The platform clock's now. */
    LocalDateTime now();

    default LocalDate today() {
        return now().toLocalDate();
    }

    /** Working days from {@code from} to {@code to}, both included, on the calendar kept in the database. */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** Runs the submit rules on the application's form; throws the refusal listing every failing field. */
    void checkSubmission();

    /** Refuses when the committee's effective deadline has passed (nothing more is sent to the office). */
    void checkBeforeCommitteeDeadline();

    /** Refuses when the committee's effective deadline has not passed yet (nothing is closed early). */
    void checkCommitteeDeadlinePassed();

    /**
     * Refuses a meeting result for an application on an expert meeting unless it is that meeting's closed ballot
     * (the same counts): once the office convened a meeting, only its ballot decides. Without a meeting (a result
     * recorded from a session held outside the platform) there is nothing to compare.
     */
    default void checkMeetingBallot(MeetingResult result) {
        // contexts without the database (the guards' unit tests) have no meetings
    }

    /**
     * Refuses unless the application has at least one file of this unit-side material (单位承诺书 for
     * 单位审核通过, the 公示情况表 for a publicity result): the transition requires what its stage uploads.
     */
    default void requireMaterial(cn.zhicheng.domain.model.application.material.MaterialKind kind) {
        // contexts without the database (the guards' unit tests) have no materials to look at
    }

    /** Refuses 审批 unless the bureau recorded 受理 and 审核 first (人社审核's inner steps, in that order). */
    default void requireBureauSteps() {
        // contexts without the database (the guards' unit tests) have no recorded steps
    }
}
