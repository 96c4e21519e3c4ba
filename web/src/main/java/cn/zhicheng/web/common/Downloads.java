package cn.zhicheng.web.common;

import java.io.ByteArrayInputStream;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import cn.zhicheng.application.ReportFile;

/**
 * The one way a screen hands a file the services produced (a PDF form, an export, an uploaded material) to the
 * browser: for {@code p:fileDownload}, named and typed as the service said (never as the client claimed).
 */
public final class Downloads {

    private Downloads() {
    }

    public static StreamedContent of(ReportFile file) {
        byte[] content = file.content();
        return DefaultStreamedContent.builder()
                .name(file.fileName())
                .contentType(file.contentType())
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }
}
