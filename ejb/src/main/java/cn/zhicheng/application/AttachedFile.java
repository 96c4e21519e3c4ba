package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One file attached to a material of an application. */
public record AttachedFile(long id, String fileName, String mediaType, long sizeBytes, LocalDateTime uploadedAt,
                           String uploadedBy, boolean fromLibrary) implements Serializable {
}
