package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.AttachedFile;
import cn.zhicheng.application.LibraryEntry;
import cn.zhicheng.application.MaterialChecklist;
import cn.zhicheng.application.MaterialDownload;
import cn.zhicheng.application.MaterialRow;
import cn.zhicheng.application.MaterialService;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.material.LibraryFile;
import cn.zhicheng.domain.model.application.material.MaterialFile;
import cn.zhicheng.domain.model.application.material.MaterialKind;
import cn.zhicheng.domain.model.application.material.MaterialKind.ContentKind;
import cn.zhicheng.domain.model.application.material.MaterialNotFoundException;
import cn.zhicheng.domain.model.application.material.MaterialRejectedException;
import cn.zhicheng.domain.model.application.validation.MaterialRequirements;
import cn.zhicheng.domain.model.application.validation.SubmissionFacts;
import cn.zhicheng.domain.model.party.HandlerGrant;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.Unit;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.infrastructure.storage.MaterialStore;

/**
 * 附件 and 我的资料库 (see {@link MaterialService}). Reads check the application's scope in memory
 * ({@link Application#isVisibleTo}, the rule {@link VisibleApplications} puts into every list); changes lock the
 * application's row first ({@link ApplicationLocks#lockCurrent}), so that an upload and a submit take turns. Bytes
 * go to the {@link MaterialStore} in the same transaction as their rows.
 */
@Stateless
public class DefaultMaterialService implements MaterialService {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    /** The application state at which a unit-side material is uploaded. */
    private static final Map<MaterialKind.Stage, ApplicationState> STAGE_STATE = Map.of(
            MaterialKind.Stage.UNIT_REVIEW, ApplicationState.UNIT_REVIEW,
            MaterialKind.Stage.PRE_PUBLICITY, ApplicationState.UNIT_PRE_PUBLICITY,
            MaterialKind.Stage.POST_PUBLICITY, ApplicationState.UNIT_POST_PUBLICITY);

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    ApplicationLocks locks;

    @Inject
    UnitGrants grants;

    @Inject
    MaterialStore store;

    @Inject
    Clock clock;

    // ---- reads

    @Override
    @RolesAllowed({Role.INDIVIDUAL_NAME, Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME, Role.OFFICE_NAME,
            Role.EXPERT_NAME, Role.BUREAU_NAME, Role.SYS_ADMIN_NAME})
    public MaterialChecklist checklist(long applicationId) {
        Actor actor = currentActor.get();
        grants.requireItem(actor, HandlerGrant.TITLE_REVIEW_ITEM, "materials " + applicationId);
        Application application = visible(applicationId, actor);
        Map<MaterialKind, List<AttachedFile>> files = new HashMap<>();
        for (MaterialFile f : em.createQuery("SELECT m FROM MaterialFile m WHERE m.applicationId = :id "
                + "ORDER BY m.uploadedAt, m.id", MaterialFile.class).setParameter("id", applicationId).getResultList()) {
            files.computeIfAbsent(f.getKind(), k -> new ArrayList<>()).add(new AttachedFile(f.getId(), f.getFileName(),
                    f.getContentType(), f.getSizeBytes(), f.getUploadedAt(), f.getUploadedBy(),
                    f.getLibraryFileId() != null));
        }
        SubmissionFacts facts = new SubmissionFacts(application.getReviewYear(), LocalDateTime.now(clock), List.of(),
                Set.of(), Optional.ofNullable(application.getUnit()).map(Unit::getName));
        boolean applicantMayEdit = application.isOwnedBy(actor) && application.isEditable();
        boolean unitMayUpload = actor.role().isUnitRole();
        List<MaterialRow> rows = new ArrayList<>();
        for (MaterialKind kind : MaterialKind.values()) {
            boolean uploadable = kind.isUnitSide()
                    ? unitMayUpload && application.getState() == STAGE_STATE.get(kind.stage())
                    : applicantMayEdit;
            rows.add(new MaterialRow(kind, MaterialRequirements.isRequired(kind, application.getForm(), facts),
                    files.getOrDefault(kind, List.of()), uploadable));
        }
        return new MaterialChecklist(application.getId(), application.getSerialNo(), application.getState().label(),
                applicantMayEdit, rows.stream().anyMatch(r -> r.kind().isUnitSide() && r.uploadable()), rows);
    }

    @Override
    @RolesAllowed({Role.INDIVIDUAL_NAME, Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME, Role.OFFICE_NAME,
            Role.EXPERT_NAME, Role.BUREAU_NAME, Role.SYS_ADMIN_NAME})
    public MaterialDownload download(long materialFileId) {
        Actor actor = currentActor.get();
        MaterialFile file = em.find(MaterialFile.class, materialFileId);
        if (file == null) {
            throw MaterialNotFoundException.attachment();
        }
        Application application = em.find(Application.class, file.getApplicationId());
        if (application == null || !application.isVisibleTo(actor)) {
            // out of scope answers as a missing id
            throw MaterialNotFoundException.attachment();
        }
        return served(file.getFileName(), file.getSha256());
    }

    @Override
    @RolesAllowed({Role.INDIVIDUAL_NAME, Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME, Role.OFFICE_NAME,
            Role.EXPERT_NAME, Role.BUREAU_NAME, Role.SYS_ADMIN_NAME})
    public Optional<byte[]> photoOf(long applicationId) {
        Actor actor = currentActor.get();
        visible(applicationId, actor);
        return em.createQuery("SELECT m.sha256 FROM MaterialFile m WHERE m.applicationId = :id AND m.kind = :kind "
                        + "ORDER BY m.uploadedAt DESC, m.id DESC", String.class)
                .setParameter("id", applicationId).setParameter("kind", MaterialKind.PHOTO)
                .setMaxResults(1).getResultList().stream().findFirst().flatMap(store::find);
    }

    // ---- the applicant's side

    @Override
    @RolesAllowed(Role.INDIVIDUAL_NAME)
    public long upload(long applicationId, MaterialKind kind, String fileName, byte[] content) {
        Actor actor = currentActor.get();
        Application application = lockedOwn(applicationId, actor);
        requireApplicantSide(kind);
        application.assertEditable();
        String name = cleanName(fileName, kind);
        checkContent(kind, name, content);
        checkCount(applicationId, kind);
        String sha = MaterialStore.sha256(content);
        LocalDateTime now = LocalDateTime.now(clock);
        LibraryFile library = libraryFileOf(actor.personId(), sha).orElseGet(() -> {
            long quota = quota();
            // SUM's type differs between databases (H2: DECIMAL): read it as a number
            Object sum = em.createQuery("SELECT SUM(l.sizeBytes) FROM LibraryFile l WHERE l.ownerPersonId = :p")
                    .setParameter("p", actor.personId()).getSingleResult();
            long used = sum == null ? 0 : ((Number) sum).longValue();
            if (used + content.length > quota) {
                throw new MaterialRejectedException(MessageKey.MATERIAL_PERSON_QUOTA, size(quota), size(used),
                        size(content.length));
            }
            store.put(content);
            LibraryFile created = new LibraryFile(actor.personId(), sha, name, kind.contentKind().mediaType(),
                    content.length, now);
            em.persist(created);
            em.flush();
            return created;
        });
        return attach(application, kind, library, name, actor, now);
    }

    @Override
    @RolesAllowed(Role.INDIVIDUAL_NAME)
    public long share(long applicationId, MaterialKind kind, long libraryFileId) {
        Actor actor = currentActor.get();
        Application application = lockedOwn(applicationId, actor);
        requireApplicantSide(kind);
        application.assertEditable();
        LibraryFile library = ownLibraryFile(libraryFileId, actor);
        if (!kind.contentKind().mediaType().equals(library.getMediaType())) {
            throw new MaterialRejectedException(MessageKey.MATERIAL_FORMAT, kind,
                    kind.contentKind().extension().toUpperCase());
        }
        if (!kind.accepts(library.getSizeBytes())) {
            throw new MaterialRejectedException(MessageKey.MATERIAL_SIZE, kind, size(kind.maxBytes()));
        }
        checkCount(applicationId, kind);
        return attach(application, kind, library, library.getFileName(), actor, LocalDateTime.now(clock));
    }

    @Override
    @RolesAllowed(Role.INDIVIDUAL_NAME)
    public void delete(long materialFileId) {
        Actor actor = currentActor.get();
        MaterialFile file = em.find(MaterialFile.class, materialFileId);
        if (file == null) {
            throw MaterialNotFoundException.attachment();
        }
        Application application;
        try {
            application = lockedOwn(file.getApplicationId(), actor);
        } catch (ApplicationNotFoundException notOwn) {
            throw MaterialNotFoundException.attachment();
        }
        requireApplicantSide(file.getKind());
        application.assertEditable();
        remove(file);
    }

    @Override
    @RolesAllowed(Role.INDIVIDUAL_NAME)
    public List<LibraryEntry> myLibrary() {
        Actor actor = currentActor.get();
        Map<Long, Long> uses = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT m.libraryFileId, COUNT(m) FROM MaterialFile m "
                        + "WHERE m.ownerPersonId = :p AND m.libraryFileId IS NOT NULL GROUP BY m.libraryFileId",
                Object[].class).setParameter("p", actor.personId()).getResultList()) {
            uses.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return em.createQuery("SELECT l FROM LibraryFile l WHERE l.ownerPersonId = :p ORDER BY l.uploadedAt DESC, "
                        + "l.id DESC", LibraryFile.class).setParameter("p", actor.personId()).getResultList().stream()
                .map(l -> new LibraryEntry(l.getId(), l.getFileName(), l.getMediaType(), l.getSizeBytes(),
                        l.getUploadedAt(), uses.getOrDefault(l.getId(), 0L)))
                .toList();
    }

    @Override
    @RolesAllowed(Role.INDIVIDUAL_NAME)
    public MaterialDownload downloadLibraryFile(long libraryFileId) {
        LibraryFile library = ownLibraryFile(libraryFileId, currentActor.get());
        return served(library.getFileName(), library.getSha256());
    }

    @Override
    @RolesAllowed(Role.INDIVIDUAL_NAME)
    public void deleteLibraryFile(long libraryFileId) {
        LibraryFile library = ownLibraryFile(libraryFileId, currentActor.get());
        long used = em.createQuery("SELECT COUNT(m) FROM MaterialFile m WHERE m.libraryFileId = :id", Long.class)
                .setParameter("id", libraryFileId).getSingleResult();
        if (used > 0) {
            throw new MaterialRejectedException(MessageKey.LIBRARY_FILE_IN_USE, used);
        }
        String sha = library.getSha256();
        em.remove(library);
        em.flush();
        store.removeIfUnused(sha);
    }

    // ---- the unit's side

    @Override
    @RolesAllowed({Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME})
    public long uploadForUnit(long applicationId, MaterialKind kind, String fileName, byte[] content) {
        Actor actor = currentActor.get();
        grants.requireItem(actor, HandlerGrant.TITLE_REVIEW_ITEM, "unit material upload " + applicationId);
        Application application = locks.lockCurrent(applicationId, a -> a.isVisibleTo(actor));
        requireUnitStage(kind, application);
        String name = cleanName(fileName, kind);
        checkContent(kind, name, content);
        checkCount(applicationId, kind);
        String sha = store.put(content);
        MaterialFile file = new MaterialFile(applicationId, null, actor.unitId(), kind, name, content.length, sha,
                actor.username(), LocalDateTime.now(clock));
        em.persist(file);
        em.flush();
        return file.getId();
    }

    @Override
    @RolesAllowed({Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME})
    public void deleteForUnit(long materialFileId) {
        Actor actor = currentActor.get();
        grants.requireItem(actor, HandlerGrant.TITLE_REVIEW_ITEM, "unit material delete " + materialFileId);
        MaterialFile file = em.find(MaterialFile.class, materialFileId);
        if (file == null) {
            throw MaterialNotFoundException.attachment();
        }
        Application application;
        try {
            application = locks.lockCurrent(file.getApplicationId(), a -> a.isVisibleTo(actor));
        } catch (ApplicationNotFoundException notVisible) {
            throw MaterialNotFoundException.attachment();
        }
        requireUnitStage(file.getKind(), application);
        remove(file);
    }

    // ---- the rules

    private Application visible(long applicationId, Actor actor) {
        Application application = em.find(Application.class, applicationId);
        if (application == null || !application.isVisibleTo(actor)) {
            throw new ApplicationNotFoundException();
        }
        return application;
    }

    private Application lockedOwn(long applicationId, Actor actor) {
        return locks.lockCurrent(applicationId, a -> a.isOwnedBy(actor));
    }

    private static void requireApplicantSide(MaterialKind kind) {
        if (kind.isUnitSide()) {
            throw new MaterialRejectedException(MessageKey.MATERIAL_UNIT_SIDE, kind);
        }
    }

    private static void requireUnitStage(MaterialKind kind, Application application) {
        if (!kind.isUnitSide()) {
            throw new MaterialRejectedException(MessageKey.MATERIAL_APPLICANT_SIDE, kind);
        }
        ApplicationState at = STAGE_STATE.get(kind.stage());
        if (application.getState() != at) {
            throw new MaterialRejectedException(MessageKey.MATERIAL_WRONG_STAGE, kind, at, application.getSerialNo(),
                    application.getState());
        }
    }

    /** Size, then content: the leading bytes must be the material's format, whatever the file is called. */
    private static void checkContent(MaterialKind kind, String name, byte[] content) {
        if (content == null || content.length == 0 || !kind.accepts(content.length)) {
            throw new MaterialRejectedException(MessageKey.MATERIAL_SIZE, kind, size(kind.maxBytes()));
        }
        Optional<ContentKind> found = ContentKind.detect(MaterialStore.head(content));
        if (found.isEmpty() || found.get() != kind.contentKind()) {
            throw new MaterialRejectedException(MessageKey.MATERIAL_CONTENT_MISMATCH, kind,
                    kind.contentKind().extension().toUpperCase(), name, describe(found));
        }
    }

    /** One file for a single-file material (exactly one 照片), a capped number for the others. */
    private void checkCount(long applicationId, MaterialKind kind) {
        long count = em.createQuery("SELECT COUNT(m) FROM MaterialFile m WHERE m.applicationId = :id "
                + "AND m.kind = :kind", Long.class).setParameter("id", applicationId).setParameter("kind", kind)
                .getSingleResult();
        if (!kind.allowsMultipleFiles() && count >= 1) {
            throw new MaterialRejectedException(MessageKey.MATERIAL_ONE_FILE_ONLY, kind);
        }
        if (count >= MAX_FILES_PER_MATERIAL) {
            throw new MaterialRejectedException(MessageKey.MATERIAL_TOO_MANY_FILES, kind, MAX_FILES_PER_MATERIAL);
        }
    }

    private long attach(Application application, MaterialKind kind, LibraryFile library, String name, Actor actor,
                        LocalDateTime now) {
        long same = em.createQuery("SELECT COUNT(m) FROM MaterialFile m WHERE m.applicationId = :id AND m.kind = :kind "
                        + "AND m.libraryFileId = :lib", Long.class).setParameter("id", application.getId())
                .setParameter("kind", kind).setParameter("lib", library.getId()).getSingleResult();
        if (same > 0) {
            throw new MaterialRejectedException(MessageKey.MATERIAL_ALREADY_ATTACHED, kind);
        }
        MaterialFile file = MaterialFile.fromLibrary(application.getId(), library, kind, name, actor.username(), now);
        em.persist(file);
        em.flush();
        return file.getId();
    }

    private void remove(MaterialFile file) {
        String sha = file.getSha256();
        em.remove(file);
        em.flush();
        // a library file keeps its bytes; a unit-side or older attachment takes them along when nothing else uses them
        store.removeIfUnused(sha);
    }

    private Optional<LibraryFile> libraryFileOf(long personId, String sha) {
        return em.createQuery("SELECT l FROM LibraryFile l WHERE l.ownerPersonId = :p AND l.sha256 = :sha",
                LibraryFile.class).setParameter("p", personId).setParameter("sha", sha).getResultList().stream()
                .findFirst();
    }

    private LibraryFile ownLibraryFile(long libraryFileId, Actor actor) {
        LibraryFile library = em.find(LibraryFile.class, libraryFileId);
        if (library == null || actor.personId() == null || !actor.personId().equals(library.getOwnerPersonId())) {
            throw MaterialNotFoundException.libraryFile();
        }
        return library;
    }

    private MaterialDownload served(String fileName, String sha) {
        byte[] content = store.get(sha);
        String type = ContentKind.detect(MaterialStore.head(content)).map(ContentKind::mediaType)
                .orElse("application/octet-stream");
        return new MaterialDownload(fileName, type, content);
    }

    private static long quota() {
        try {
            return Long.parseLong(System.getProperty(PERSON_QUOTA_PROPERTY, String.valueOf(DEFAULT_PERSON_QUOTA_BYTES)));
        } catch (NumberFormatException e) {
            return DEFAULT_PERSON_QUOTA_BYTES;
        }
    }

    static String cleanName(String fileName, MaterialKind kind) {
        String name = fileName == null || fileName.isBlank() ? kind.label() + "." + kind.contentKind().extension()
                : fileName.strip();
        // the last path segment only, no control characters
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "_");
        if (name.isBlank()) {
            name = kind.label() + "." + kind.contentKind().extension();
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String describe(Optional<ContentKind> found) {
        return found.map(k -> switch (k) {
            case JPEG -> "JPG图片";
            case PNG -> "PNG图片";
            case PDF -> "PDF文档";
        }).orElse("无法识别的格式");
    }

    static String size(long bytes) {
        if (bytes >= MB && bytes % MB == 0) {
            return bytes / MB + "M";
        }
        if (bytes >= MB) {
            return String.format("%.1fM", bytes / (double) MB);
        }
        return Math.max(1, (bytes + KB - 1) / KB) + "K";
    }
}
