package cn.zhicheng.domain.model.application;

import cn.zhicheng.domain.model.party.Role;

/** The actor's role may not take this action. */
public class ActionNotPermittedException extends WorkflowException {

    public ActionNotPermittedException(Role role, Action action) {
        super("ROLE_NOT_PERMITTED", "您的角色「" + role.label() + "」无权执行「" + action.label() + "」操作。");
    }
}
