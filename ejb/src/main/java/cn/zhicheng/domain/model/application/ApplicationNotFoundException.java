package cn.zhicheng.domain.model.application;

/** No such application (or one the caller may not know exists: the answer is the same). */
public class ApplicationNotFoundException extends WorkflowException {

    public ApplicationNotFoundException() {
        super("NOT_FOUND", "未找到该业务。");
    }
}
