package cn.zhicheng.application;

import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;

/** A console action the job repository refuses (unknown job or execution, wrong status, a bad parameter). */
public class BatchRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public BatchRefusedException(MessageKey key, Object... arguments) {
        super(key, arguments);
    }
}
