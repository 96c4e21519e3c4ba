package cn.zhicheng.domain.model.account;

import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;

/**
 * A registration, recovery or password change refused, with the form field it is about (null: the whole form), so
 * that the screen shows it next to that field. Nothing is written.
 */
public class AccountRefusal extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public AccountRefusal(String field, MessageKey key, Object... arguments) {
        super(key, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
