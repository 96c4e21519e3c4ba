package cn.zhicheng.application;

import java.io.Serializable;
import java.util.List;

import cn.zhicheng.domain.model.application.material.MaterialKind;

/**
 * One line of the checklist: the material, whether it is required for this application (a conditional one once its
 * case applies), its files, and whether the caller may upload to it now.
 */
public record MaterialRow(MaterialKind kind, boolean required, List<AttachedFile> files, boolean uploadable)
        implements Serializable {

    public MaterialRow {
        files = List.copyOf(files);
    }

    /** 暂未上传 / 已上传:N. */
    public String status() {
        return files.isEmpty() ? "暂未上传" : "已上传:" + files.size();
    }

    public boolean missing() {
        return required && files.isEmpty();
    }

    /** Whether one more file is accepted (a single-file material takes one, the others a capped number). */
    public boolean full() {
        return files.size() >= (kind.allowsMultipleFiles() ? MaterialService.MAX_FILES_PER_MATERIAL : 1);
    }
}
