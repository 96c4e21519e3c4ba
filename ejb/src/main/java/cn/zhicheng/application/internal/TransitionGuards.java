package cn.zhicheng.application.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.IllegalTransitionException;
import cn.zhicheng.domain.shared.MessageKey;

/**
 * Conditions of a transition that need more than the aggregate knows: the submit validation, the
 * committee's deadline. Run after the table's role/scope/state checks ({@code Application.permit}) and before the
 * state changes.
 */
@Dependent
public class TransitionGuards {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Deadlines deadlines;

    @Inject
    SubmitCheck submitCheck;

    public void check(Application application, Action action, Actor actor, LocalDateTime now) {
        switch (action) {
            case SUBMIT, RESUBMIT -> submitCheck.check(application, actor, now);
            case PRE_PUBLICITY_PASS -> {
                if (application.getReviewYear() != null && application.getCommittee() != null) {
                    LocalDateTime deadline = deadlines.effective(application.getCommittee().getId(),
                            application.getReviewYear());
                    if (!now.isBefore(deadline)) {
                        throw new IllegalTransitionException(MessageKey.DEADLINE_PASSED, application.getSerialNo(),
                                deadline.format(MINUTE));
                    }
                }
            }
            default -> { }
        }
    }
}
