package cn.zhicheng.application;

import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;

/** A registry look-up (学历证书, 准考证号, 社保) that found nothing the caller may use; the form stays hand-editable. */
public class RegistryLookupException extends BusinessException {

    public RegistryLookupException(MessageKey reason, Object... arguments) {
        super(reason, arguments);
    }
}
