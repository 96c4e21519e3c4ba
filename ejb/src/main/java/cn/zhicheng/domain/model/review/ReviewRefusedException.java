package cn.zhicheng.domain.model.review;

import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;

/** A refused step of the expert review (pool, meeting, attendance, vote, close), with its reason's key. */
public class ReviewRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ReviewRefusedException(MessageKey key, Object... arguments) {
        super(key, arguments);
    }
}
