package cn.zhicheng.application;

import java.io.Serializable;

/** The bytes of a file to serve as an attachment, with the media type found from its content. */
public record MaterialDownload(String fileName, String mediaType, byte[] content) implements Serializable {

    public MaterialDownload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
