package cn.zhicheng.application.decision;

import cn.zhicheng.domain.model.application.WorkflowException;
import cn.zhicheng.domain.shared.MessageKey;

/** A decision's own guard refused it: what it records is incomplete or not yet allowed. Nothing is written. */
public class DecisionRefusedException extends WorkflowException {

    public DecisionRefusedException(MessageKey reason, Object... args) {
        super(reason, args);
    }

    public MessageKey reason() {
        return key();
    }
}
