package cn.zhicheng.domain.model.catalogue;

import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;

/** A specialty id that the catalogue does not hold (a stale or forged choice of 评审的资格专业). */
public class UnknownSpecialtyException extends BusinessException {

    public UnknownSpecialtyException() {
        super(MessageKey.SPECIALTY_UNKNOWN);
    }
}
