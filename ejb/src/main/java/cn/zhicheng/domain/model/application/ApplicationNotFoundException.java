package cn.zhicheng.domain.model.application;

import cn.zhicheng.domain.shared.MessageKey;

/** No such application (or one the caller may not know exists: the answer is the same). */
public class ApplicationNotFoundException extends WorkflowException {

    public ApplicationNotFoundException() {
        super(MessageKey.NOT_FOUND);
    }
}
