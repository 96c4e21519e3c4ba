package cn.zhicheng.domain.model.application.material;

import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;

/** An upload refused: wrong content, too large, or not the uploader's to add. */
public class MaterialRejectedException extends BusinessException {

    public MaterialRejectedException(MessageKey reason, Object... arguments) {
        super(reason, arguments);
    }
}
