package cn.zhicheng.domain.model.party;

import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;

/**
 * A refused request on the unit's side (人员管理 and its import, 权限管理, 单位信息): the input or the target is not
 * acceptable, with the reason's key. Nothing is written.
 */
public class UnitRefusedException extends BusinessException {

    /** The field of the request the refusal is about (a form DTO's property name), or null. */
    private String field;

    public UnitRefusedException(MessageKey key, Object... arguments) {
        super(key, arguments);
    }

    /** A refusal about one field of the request, so that the screen shows it next to that field. */
    public static UnitRefusedException onField(String field, MessageKey key, Object... arguments) {
        UnitRefusedException refusal = new UnitRefusedException(key, arguments);
        refusal.field = field;
        return refusal;
    }

    public String field() {
        return field;
    }
}
