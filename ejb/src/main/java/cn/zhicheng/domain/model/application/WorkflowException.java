package cn.zhicheng.domain.model.application;

import cn.zhicheng.domain.shared.BusinessException;

/** A transition that was refused. Subclasses say why; nothing is written when one is thrown. */
public abstract class WorkflowException extends BusinessException {

    protected WorkflowException(String code, String message) {
        super(code, message);
    }
}
