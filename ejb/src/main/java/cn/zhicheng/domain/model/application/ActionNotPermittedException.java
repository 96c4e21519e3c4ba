package cn.zhicheng.domain.model.application;

import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.shared.MessageKey;

/** The actor's role may not take this action. */
public class ActionNotPermittedException extends WorkflowException {

    public ActionNotPermittedException(Role role, Action action) {
        super(MessageKey.ROLE_NOT_PERMITTED, role, action);
    }
}
