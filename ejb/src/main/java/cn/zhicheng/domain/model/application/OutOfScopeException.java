package cn.zhicheng.domain.model.application;

import cn.zhicheng.domain.shared.MessageKey;

/** The application is not the actor's to act on (another unit's, another committee's, another person's). */
public class OutOfScopeException extends WorkflowException {

    public OutOfScopeException(MessageKey reason, Object... arguments) {
        super(reason, arguments);
    }
}
