package cn.zhicheng.domain.model.catalogue;

import cn.zhicheng.domain.shared.BusinessException;

/** A specialty id that the catalogue does not hold (a stale or forged choice of 评审的资格专业). */
public class UnknownSpecialtyException extends BusinessException {

    public UnknownSpecialtyException() {
        super("UNKNOWN_SPECIALTY", "所选评审的资格专业不存在，请重新选择。");
    }
}
