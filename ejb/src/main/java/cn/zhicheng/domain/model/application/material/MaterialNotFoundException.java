package cn.zhicheng.domain.model.application.material;

import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;

/** An attachment or library file that does not exist, or that the caller may not see: the same answer for both. */
public class MaterialNotFoundException extends BusinessException {

    public MaterialNotFoundException(MessageKey key) {
        super(key);
    }

    public static MaterialNotFoundException attachment() {
        return new MaterialNotFoundException(MessageKey.MATERIAL_NOT_FOUND);
    }

    public static MaterialNotFoundException libraryFile() {
        return new MaterialNotFoundException(MessageKey.LIBRARY_FILE_NOT_FOUND);
    }
}
