package cn.zhicheng.domain.model.application;

import cn.zhicheng.domain.shared.MessageKey;

/** Someone else changed the application since the actor opened it. */
public class ConcurrentUpdateException extends WorkflowException {

    public ConcurrentUpdateException(String serialNo, ApplicationState current) {
        super(MessageKey.CONFLICT, serialNo, current);
    }
}
