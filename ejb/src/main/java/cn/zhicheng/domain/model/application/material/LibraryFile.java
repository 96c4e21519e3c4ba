package cn.zhicheng.domain.model.application.material;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file of 我的资料库: one per person and content. An application's attachment ({@link MaterialFile}) points at it;
 * 共享上传 adds another attachment to the same library file, so the bytes are never copied. The per-person byte cap
 * sums these rows.
 */
@Entity
@Table(name = "library_file")
public class LibraryFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @Column(name = "owner_person_id")
    private Long ownerPersonId;

    private String sha256;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Column(name = "uploaded_at")
    private LocalDateTime uploadedAt;

    protected LibraryFile() {
    }

    public LibraryFile(Long ownerPersonId, String sha256, String fileName, String mediaType, long sizeBytes,
                       LocalDateTime uploadedAt) {
        this.ownerPersonId = ownerPersonId;
        this.sha256 = sha256;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public String getSha256() {
        return sha256;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }
}
