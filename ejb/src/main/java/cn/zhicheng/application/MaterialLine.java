package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDateTime;

import cn.zhicheng.domain.model.application.material.MaterialKind;

/** One uploaded file of an application's materials, as the office and the bureau read the list (no content). */
public record MaterialLine(MaterialKind kind, String fileName, long sizeBytes, LocalDateTime uploadedAt)
        implements Serializable {

    public String kindLabel() {
        return kind.label();
    }

    /** The size as people read it: KB with one decimal. */
    public String size() {
        return String.format("%.1f KB", sizeBytes / 1024.0);
    }
}
