package cn.zhicheng.domain.model.application;

import cn.zhicheng.domain.shared.MessageKey;

/** The action, or the change, is not possible in the application's current state. */
public class IllegalTransitionException extends WorkflowException {

    public IllegalTransitionException(String serialNo, ApplicationState state, Action action) {
        super(MessageKey.ILLEGAL_TRANSITION, serialNo, state, action);
    }

    /** A state-dependent refusal with its own reason, e.g. {@code NOT_EDITABLE}, {@code DEADLINE_PASSED}. */
    public IllegalTransitionException(MessageKey reason, Object... arguments) {
        super(reason, arguments);
    }
}
