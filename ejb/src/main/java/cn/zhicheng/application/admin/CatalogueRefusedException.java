package cn.zhicheng.application.admin;

import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;

/** A catalogue edit refused, with the form field it is about (null: the whole form), so the screen shows it there. */
public class CatalogueRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public CatalogueRefusedException(String field, MessageKey key, Object... arguments) {
        super(key, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
