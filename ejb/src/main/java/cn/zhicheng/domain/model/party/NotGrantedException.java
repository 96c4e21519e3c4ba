package cn.zhicheng.domain.model.party;

import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;

/**
 * A unit handler asked for a business item or a menu the unit admin has not granted (or an admin-only function):
 * refused by the service, whatever the screen showed, and recorded as a security event.
 */
public class NotGrantedException extends BusinessException {

    public NotGrantedException(MessageKey key, Object... arguments) {
        super(key, arguments);
    }
}
