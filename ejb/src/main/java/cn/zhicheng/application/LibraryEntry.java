package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A file of 我的资料库, and how many attachments (in any application) use it. */
public record LibraryEntry(long id, String fileName, String mediaType, long sizeBytes, LocalDateTime uploadedAt,
                           long usedBy) implements Serializable {

    public boolean unused() {
        return usedBy == 0;
    }

    public boolean isPdf() {
        return "application/pdf".equals(mediaType);
    }
}
