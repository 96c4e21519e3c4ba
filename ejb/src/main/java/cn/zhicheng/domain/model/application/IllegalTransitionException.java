package cn.zhicheng.domain.model.application;

/** The action is not possible in the application's current state. */
public class IllegalTransitionException extends WorkflowException {

    public IllegalTransitionException(String serialNo, ApplicationState state, Action action) {
        super("ILLEGAL_TRANSITION",
                "业务" + serialNo + "当前环节为「" + state.label() + "」，不能执行「" + action.label() + "」操作。");
    }

    public IllegalTransitionException(String serialNo, String reason) {
        super("ILLEGAL_TRANSITION", "业务" + serialNo + reason);
    }
}
