package cn.zhicheng.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the user should read: carries a clear Chinese message. Rolls the transaction back, so that
 * nothing is written, and reaches the caller unwrapped.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

    private final String code;

    protected BusinessException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable, language-neutral code for the refusal (for tests, logs and the second locale). */
    public String code() {
        return code;
    }
}
