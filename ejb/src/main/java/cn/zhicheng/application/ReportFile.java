package cn.zhicheng.application;

import java.io.Serializable;
import java.util.Objects;

/** A rendered form, ready to be served as a download: its file name, media type and bytes. */
public record ReportFile(String fileName, String contentType, byte[] content) implements Serializable {

    public static final String PDF = "application/pdf";

    public ReportFile {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(content);
    }

    public static ReportFile pdf(String fileName, byte[] content) {
        return new ReportFile(fileName, PDF, content);
    }
}
