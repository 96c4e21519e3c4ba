package cn.zhicheng.domain.model.application.material;

import cn.zhicheng.domain.shared.BusinessException;

/** An upload refused: wrong content, too large, or not the uploader's to add. */
public class MaterialRejectedException extends BusinessException {

    public MaterialRejectedException(String message) {
        super("MATERIAL_REJECTED", message);
    }
}
