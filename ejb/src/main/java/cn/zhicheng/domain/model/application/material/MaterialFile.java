package cn.zhicheng.domain.model.application.material;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One uploaded file (附件) of a material: metadata only. The bytes live in the material store under their
 * SHA-256, so that the personal library (我的资料库) can reuse a file without copying it.
 */
@Entity
@Table(name = "material_file")
public class MaterialFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @Column(name = "owner_person_id")
    private Long ownerPersonId;

    @Column(name = "owner_unit_id")
    private Long ownerUnitId;

    @Column(name = "application_id")
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "material_kind")
    private MaterialKind kind;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Column(name = "uploaded_at")
    private LocalDateTime uploadedAt;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    /** The 我的资料库 file this attachment came from (null: a unit-side upload or older data). */
    @Column(name = "library_file_id")
    private Long libraryFileId;

    protected MaterialFile() {
    }

    public MaterialFile(Long applicationId, Long ownerPersonId, Long ownerUnitId, MaterialKind kind, String fileName,
                        long sizeBytes, String sha256, String uploadedBy, LocalDateTime uploadedAt) {
        this.applicationId = applicationId;
        this.ownerPersonId = ownerPersonId;
        this.ownerUnitId = ownerUnitId;
        this.kind = kind;
        this.fileName = fileName;
        // the type is the one the content proved, never the one the browser claimed
        this.contentType = kind.contentKind().mediaType();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** An applicant's attachment taken from (or just added to) their library: the same bytes, no copy. */
    public static MaterialFile fromLibrary(Long applicationId, LibraryFile library, MaterialKind kind, String fileName,
                                           String uploadedBy, LocalDateTime uploadedAt) {
        MaterialFile file = new MaterialFile(applicationId, library.getOwnerPersonId(), null, kind,
                fileName == null ? library.getFileName() : fileName, library.getSizeBytes(), library.getSha256(), uploadedBy, uploadedAt);
        file.libraryFileId = library.getId();
        return file;
    }

    public Long getLibraryFileId() {
        return libraryFileId;
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public Long getOwnerUnitId() {
        return ownerUnitId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public MaterialKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
