package cn.zhicheng.application.decision;

import java.util.List;

import cn.zhicheng.domain.model.application.WorkflowException;

/** A decision's own guard refused it: what it records is incomplete or not yet allowed. Nothing is written. */
public class DecisionRefusedException extends WorkflowException {

    private final DecisionRefusal reason;
    private final transient List<Object> args;

    public DecisionRefusedException(DecisionRefusal reason, Object... args) {
        super(reason.name(), reason.message(args));
        this.reason = reason;
        this.args = List.of(args);
    }

    public DecisionRefusal reason() {
        return reason;
    }

    /** The message's arguments, for rendering it in another language. */
    public List<Object> args() {
        return args;
    }
}
