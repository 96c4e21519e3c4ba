package cn.zhicheng.application;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Local;

import cn.zhicheng.domain.model.application.material.MaterialKind;

/**
 * 附件 (事项材料上传) and 我的资料库: the checklist of an application, uploads checked by content and capped, 共享上传
 * from the library without a second copy, delete while editable, view/download within the caller's scope. Every
 * read of an application's materials answers a caller out of scope exactly as a missing id
 * ({@code ApplicationNotFoundException}); a change is taken under the application's row lock, so that an upload
 * racing a submit either lands before it or is refused as not editable.
 */
@Local
public interface MaterialService {

    /** Largest number of files of one material that takes several files (a single-file material takes one). */
    int MAX_FILES_PER_MATERIAL = 10;

    /** Default cap on the bytes of one person's library (sum of distinct files); system property overrides it. */
    long DEFAULT_PERSON_QUOTA_BYTES = 200L * 1024 * 1024;

    /** The system property that overrides {@link #DEFAULT_PERSON_QUOTA_BYTES} (read at every upload). */
    String PERSON_QUOTA_PROPERTY = "zhicheng.materials.person-quota-bytes";

    /**
     * The checklist of the application's stage materials (the applicant's, then the unit's), each with its required
     * flag resolved for this application (conditional ones by the same rule the submit check applies), its status
     * (暂未上传 / 已上传:N) and its files.
     */
    MaterialChecklist checklist(long applicationId);

    /** 本地上传 by the applicant: checked by content, size, caps, one photo; only while the application is editable. */
    long upload(long applicationId, MaterialKind kind, String fileName, byte[] content);

    /** 共享上传: attaches a file of the caller's library to the material, pointing at the same bytes. */
    long share(long applicationId, MaterialKind kind, long libraryFileId);

    /** 删除 one attachment of the caller's own application while it is editable (the library keeps the file). */
    void delete(long materialFileId);

    /** 查看 / download of one attachment, within the caller's scope; the type is the one found from the content. */
    MaterialDownload download(long materialFileId);

    /** 我的资料库: every file the caller uploaded, newest first, with how many attachments use each. */
    List<LibraryEntry> myLibrary();

    /** 我的资料库 查看. */
    MaterialDownload downloadLibraryFile(long libraryFileId);

    /** 我的资料库 删除: only a file no application uses any more. */
    void deleteLibraryFile(long libraryFileId);

    /**
     * The unit's upload of a unit-side material (单位承诺书, 评前/评后公示情况表) of an application sent to the
     * caller's unit, at the stage the material belongs to; checked by content and size like the applicant's.
     */
    long uploadForUnit(long applicationId, MaterialKind kind, String fileName, byte[] content);

    /** 删除 of a unit-side attachment by the unit, while the application is still at that material's stage. */
    void deleteForUnit(long materialFileId);

    /**
     * The applicant's 照片 for the registration form (登记表): its JPEG bytes, or empty while none is uploaded;
     * scoped like every read (out of scope: {@code ApplicationNotFoundException}).
     */
    Optional<byte[]> photoOf(long applicationId);
}
