package cn.zhicheng.application;

import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;

/** A 个人信息 change refused, naming the field it is about ({@code phone}, {@code email}, {@code address}). */
public class ProfileRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ProfileRefusedException(String field, MessageKey key, Object... arguments) {
        super(key, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
