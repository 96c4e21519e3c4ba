package cn.zhicheng.domain.model.application;

/** The application is not the actor's to act on (another unit's, another committee's, another person's). */
public class OutOfScopeException extends WorkflowException {

    public OutOfScopeException(String message) {
        super("OUT_OF_SCOPE", message);
    }
}
