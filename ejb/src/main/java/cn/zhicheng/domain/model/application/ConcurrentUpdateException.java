package cn.zhicheng.domain.model.application;

/** Someone else changed the application since the actor opened it. */
public class ConcurrentUpdateException extends WorkflowException {

    public ConcurrentUpdateException(String serialNo, ApplicationState current) {
        super("CONFLICT", "业务" + serialNo + "已被他人处理，当前环节为「" + current.label() + "」，请刷新后重试。");
    }
}
