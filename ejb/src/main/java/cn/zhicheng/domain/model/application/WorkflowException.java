package cn.zhicheng.domain.model.application;

import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;

/** A transition that was refused. Subclasses say why; nothing is written when one is thrown. */
public abstract class WorkflowException extends BusinessException {

    protected WorkflowException(MessageKey key, Object... arguments) {
        super(key, arguments);
    }
}
