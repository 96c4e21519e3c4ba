package cn.zhicheng.application.internal;

import jakarta.ejb.EJBAccessException;

/**
 * A refusal of the caller's account that its thrower has recorded already (a disabled account: ACTION_REFUSED, as
 * account administration documents it); {@link RefusalInterceptor} does not record it a second time as a refusal by
 * role.
 */
public class RecordedAccessException extends EJBAccessException {

    private static final long serialVersionUID = 1L;

    public RecordedAccessException(String message) {
        super(message);
    }
}
