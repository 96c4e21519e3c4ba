package cn.zhicheng.domain.model.application.material;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of one uploaded file, stored once per content (SHA-256) in the database: written in the same
 * transaction as the rows that name it, so that a rolled-back upload leaves nothing behind. Never cached (the
 * persistence unit caches only {@code @Cacheable} entities).
 */
@Entity
@Table(name = "material_content")
public class MaterialContent {

    @Id
    private String sha256;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private byte[] content;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected MaterialContent() {
    }

    public MaterialContent(String sha256, String mediaType, byte[] content, LocalDateTime createdAt) {
        this.sha256 = sha256;
        this.mediaType = mediaType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.createdAt = createdAt;
    }

    public String getSha256() {
        return sha256;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
