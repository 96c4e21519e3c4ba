package cn.zhicheng.application.admin;

import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;

/** An account change refused, with the form field it is about (null: the whole form). */
public class AccountRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public AccountRefusedException(String field, MessageKey key, Object... arguments) {
        super(key, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
