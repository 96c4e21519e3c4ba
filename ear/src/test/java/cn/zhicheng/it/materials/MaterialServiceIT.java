package cn.zhicheng.it.materials;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.zhicheng.application.ApplicantService;
import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.LibraryEntry;
import cn.zhicheng.application.MaterialChecklist;
import cn.zhicheng.application.MaterialRow;
import cn.zhicheng.application.MaterialService;
import cn.zhicheng.application.decision.DecisionRefusedException;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.IllegalTransitionException;
import cn.zhicheng.domain.model.application.SubmitRejectedException;
import cn.zhicheng.domain.model.application.material.MaterialKind;
import cn.zhicheng.domain.model.application.material.MaterialNotFoundException;
import cn.zhicheng.domain.model.application.material.MaterialRejectedException;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.Forms;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;
import cn.zhicheng.infrastructure.storage.MaterialStore;

/**
 * {@code MaterialService} against the database: the checklist, uploads checked by content and capped (one photo,
 * files per material, bytes per person), no orphan after a rolled-back upload, uploads refused once not editable,
 * 共享上传 without a second copy, the scope of every read (out of scope = missing id), the unit's uploads, and the
 * submit refused while a required material is missing.
 */
@ExtendWith(ArquillianExtension.class)
class MaterialServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(MaterialServiceIT.class);
    }

    @EJB
    MaterialService materials;

    @EJB
    ApplicantService applicants;

    @Resource
    UserTransaction tx;

    /** A PDF with distinct bytes (so that each is a new file of the library). */
    static byte[] pdf(String marker, int padding) {
        byte[] head = ("%PDF-1.4\n% " + marker + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(head, head.length + padding);
        Arrays.fill(all, head.length, all.length, (byte) ' ');
        return all;
    }

    static byte[] jpeg(int size) {
        byte[] all = Arrays.copyOf(Forms.jpeg(), size);
        return all;
    }

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private static MaterialRow row(MaterialChecklist list, MaterialKind kind) {
        return list.rows().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void theChecklistShowsRequiredFlagsAndStatusAndTheUploadsCount() throws Exception {
        Journey.Case c = Journey.draft(Forms.ENGINEER_TRAFFIC);
        MaterialChecklist list = Users.as(c.applicant().username(), () -> materials.checklist(c.id()));
        assertTrue(list.applicantMayEdit());
        assertTrue(list.complete(), "the journey's draft has the three required materials");
        assertTrue(row(list, MaterialKind.PHOTO).required());
        assertEquals("已上传:1", row(list, MaterialKind.PHOTO).status());
        assertFalse(row(list, MaterialKind.CERTIFICATES).required());
        assertEquals("暂未上传", row(list, MaterialKind.CERTIFICATES).status());
        // conditional: the sample form works at the declaring unit and is not 破格
        assertFalse(row(list, MaterialKind.AFFILIATION_PROOF).required());
        assertFalse(row(list, MaterialKind.EXCEPTIONAL_RECOMMENDATION).required());
        assertFalse(row(list, MaterialKind.UNIT_COMMITMENT).uploadable(), "the unit's material is not the applicant's");

        Users.run(c.applicant().username(), () -> {
            materials.upload(c.id(), MaterialKind.CERTIFICATES, "证书1.pdf", pdf("c1", 10));
            materials.upload(c.id(), MaterialKind.CERTIFICATES, "证书2.pdf", pdf("c2", 10));
        });
        MaterialChecklist after = Users.as(c.applicant().username(), () -> materials.checklist(c.id()));
        assertEquals("已上传:2", row(after, MaterialKind.CERTIFICATES).status());
        assertEquals(List.of("证书1.pdf", "证书2.pdf"),
                row(after, MaterialKind.CERTIFICATES).files().stream().map(f -> f.fileName()).toList());
    }

    @Test
    void uploadsAreCheckedByContentNotByName() throws Exception {
        Journey.Case c = Journey.draft(Forms.ENGINEER_TRAFFIC);
        String user = c.applicant().username();
        // a JPEG renamed to .pdf
        MaterialRejectedException renamed = assertThrows(MaterialRejectedException.class, () -> Users.as(user,
                () -> materials.upload(c.id(), MaterialKind.CERTIFICATES, "证书.pdf", jpeg(100))));
        assertEquals("MATERIAL_CONTENT_MISMATCH", renamed.code());
        assertTrue(renamed.getMessage().contains("JPG图片"), renamed.getMessage());
        // a text file renamed to .pdf
        MaterialRejectedException text = assertThrows(MaterialRejectedException.class, () -> Users.as(user,
                () -> materials.upload(c.id(), MaterialKind.CERTIFICATES, "a.pdf", "hello".getBytes())));
        assertTrue(text.getMessage().contains("无法识别"), text.getMessage());
        // a PNG as the photo (JPG only)
        Users.run(user, () -> materials.delete(photoId(c.id())));
        MaterialRejectedException png = assertThrows(MaterialRejectedException.class, () -> Users.as(user,
                () -> materials.upload(c.id(), MaterialKind.PHOTO, "photo.jpg", PNG)));
        assertEquals("MATERIAL_CONTENT_MISMATCH", png.code());
        // the photo's 50K limit
        MaterialRejectedException big = assertThrows(MaterialRejectedException.class, () -> Users.as(user,
                () -> materials.upload(c.id(), MaterialKind.PHOTO, "big.jpg", jpeg(50 * 1024 + 1))));
        assertEquals("MATERIAL_SIZE", big.code());
        long ok = Users.as(user, () -> materials.upload(c.id(), MaterialKind.PHOTO, "ok.jpg", jpeg(50 * 1024)));
        assertEquals("image/jpeg", Users.as(user, () -> materials.download(ok)).mediaType());
        assertEquals(0, Db.count("SELECT COUNT(*) FROM material_file WHERE application_id = ? AND file_name IN "
                + "('证书.pdf', 'a.pdf', 'big.jpg')", c.id()), "refused uploads leave no row");
    }

    @Test
    void exactlyOnePhotoAndACapOnFilesPerMaterial() throws Exception {
        Journey.Case c = Journey.draft(Forms.ENGINEER_TRAFFIC);
        String user = c.applicant().username();
        MaterialRejectedException second = assertThrows(MaterialRejectedException.class, () -> Users.as(user,
                () -> materials.upload(c.id(), MaterialKind.PHOTO, "second.jpg", jpeg(200))));
        assertEquals("MATERIAL_ONE_FILE_ONLY", second.code());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM material_file WHERE application_id = ? AND material_kind = 'PHOTO'",
                c.id()));

        Users.run(user, () -> {
            for (int i = 0; i < MaterialService.MAX_FILES_PER_MATERIAL; i++) {
                materials.upload(c.id(), MaterialKind.PAPER, "论文" + i + ".pdf", pdf("paper" + i, 1));
            }
        });
        MaterialRejectedException eleventh = assertThrows(MaterialRejectedException.class, () -> Users.as(user,
                () -> materials.upload(c.id(), MaterialKind.PAPER, "论文x.pdf", pdf("paper-x", 1))));
        assertEquals("MATERIAL_TOO_MANY_FILES", eleventh.code());
    }

    @Test
    void aCapOnTheBytesOfOnePersonsLibrary() throws Exception {
        Journey.Case c = Journey.draft(Forms.ENGINEER_TRAFFIC);
        String user = c.applicant().username();
        long used = ((Number) Db.value("SELECT COALESCE(SUM(size_bytes), 0) FROM library_file WHERE owner_person_id = ?",
                c.applicant().personId())).longValue();
        System.setProperty(MaterialService.PERSON_QUOTA_PROPERTY, String.valueOf(used + 3000));
        try {
            Users.run(user, () -> materials.upload(c.id(), MaterialKind.CERTIFICATES, "fits.pdf", pdf("fits", 2000)));
            MaterialRejectedException over = assertThrows(MaterialRejectedException.class, () -> Users.as(user,
                    () -> materials.upload(c.id(), MaterialKind.CERTIFICATES, "over.pdf", pdf("over", 2000))));
            assertEquals("MATERIAL_PERSON_QUOTA", over.code());
            // the same content again costs nothing: it is the library's file already
            Users.run(user, () -> materials.upload(c.id(), MaterialKind.AWARD, "fits-again.pdf", pdf("fits", 2000)));
        } finally {
            System.clearProperty(MaterialService.PERSON_QUOTA_PROPERTY);
        }
    }

    @Test
    void aRolledBackUploadLeavesNoFileAndNoRow() throws Exception {
        Journey.Case c = Journey.draft(Forms.ENGINEER_TRAFFIC);
        byte[] content = pdf("rolled-back-" + c.id(), 500);
        String sha = MaterialStore.sha256(content);
        tx.begin();
        try {
            Users.run(c.applicant().username(),
                    () -> materials.upload(c.id(), MaterialKind.CERTIFICATES, "rollback.pdf", content));
        } finally {
            tx.rollback();
        }
        assertEquals(0, Db.count("SELECT COUNT(*) FROM material_content WHERE sha256 = ?", sha));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM library_file WHERE sha256 = ?", sha));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM material_file WHERE sha256 = ?", sha));
    }

    @Test
    void uploadsAndDeletesAreRefusedOnceTheApplicationIsNotEditable() throws Exception {
        Journey.Case c = Journey.at(ApplicationState.UNIT_REVIEW);
        String user = c.applicant().username();
        IllegalTransitionException upload = assertThrows(IllegalTransitionException.class, () -> Users.as(user,
                () -> materials.upload(c.id(), MaterialKind.CERTIFICATES, "late.pdf", pdf("late", 1))));
        assertEquals("NOT_EDITABLE", upload.code());
        assertThrows(IllegalTransitionException.class, () -> Users.run(user, () -> materials.delete(photoId(c.id()))));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM material_file WHERE application_id = ? AND material_kind = 'PHOTO'",
                c.id()));
        assertFalse(Users.as(user, () -> materials.checklist(c.id())).applicantMayEdit());
    }

    @Test
    void theLibraryReusesAFileInAnotherApplicationWithoutASecondCopy() throws Exception {
        Journey.Case first = Journey.draft(Forms.ENGINEER_TRAFFIC);
        String user = first.applicant().username();
        byte[] content = pdf("shared-" + first.id(), 300);
        String sha = MaterialStore.sha256(content);
        Users.run(user, () -> materials.upload(first.id(), MaterialKind.CERTIFICATES, "职称证书.pdf", content));
        LibraryEntry entry = Users.as(user, () -> materials.myLibrary()).stream()
                .filter(e -> e.fileName().equals("职称证书.pdf")).findFirst().orElseThrow();
        assertEquals(1, entry.usedBy());

        // a second application of the same person (another series) reuses it
        Journey.Case second = Journey.draft(first.applicant(), Forms.ARCHIVIST);
        long attached = Users.as(user, () -> materials.share(second.id(), MaterialKind.CERTIFICATES, entry.id()));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM material_content WHERE sha256 = ?", sha), "one copy of the bytes");
        assertEquals(1, Db.count("SELECT COUNT(*) FROM library_file WHERE sha256 = ?", sha), "one library file");
        assertEquals(2, Db.count("SELECT COUNT(*) FROM material_file WHERE library_file_id = ?", entry.id()));
        assertArrayEquals(content, Users.as(user, () -> materials.download(attached)).content());
        MaterialRejectedException twice = assertThrows(MaterialRejectedException.class, () -> Users.as(user,
                () -> materials.share(second.id(), MaterialKind.CERTIFICATES, entry.id())));
        assertEquals("MATERIAL_ALREADY_ATTACHED", twice.code());
        // a PDF is no photo
        long pdfEntry = entry.id();
        Users.run(user, () -> materials.delete(photoId(second.id())));
        assertEquals("MATERIAL_FORMAT", assertThrows(MaterialRejectedException.class, () -> Users.as(user,
                () -> materials.share(second.id(), MaterialKind.PHOTO, pdfEntry))).code());

        // deleted from the library only once no application uses it; then the bytes go too
        assertEquals("LIBRARY_FILE_IN_USE", assertThrows(MaterialRejectedException.class,
                () -> Users.run(user, () -> materials.deleteLibraryFile(entry.id()))).code());
        for (Object[] r : Db.rows("SELECT id FROM material_file WHERE library_file_id = ?", entry.id())) {
            Users.run(user, () -> materials.delete(((Number) r[0]).longValue()));
        }
        assertTrue(Users.as(user, () -> materials.myLibrary()).stream().anyMatch(e -> e.id() == entry.id() && e.unused()));
        Users.run(user, () -> materials.deleteLibraryFile(entry.id()));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM material_content WHERE sha256 = ?", sha));
    }

    @Test
    void everyReadOutOfScopeAnswersAsAMissingId() throws Exception {
        Journey.Case c = Journey.at(ApplicationState.UNIT_REVIEW);
        long photo = photoId(c.id());
        String stranger = Fixtures.applicantOf(Fixtures.JT_ORG_CODE).username();
        ApplicationNotFoundException missing = assertThrows(ApplicationNotFoundException.class,
                () -> Users.as(c.applicant().username(), () -> materials.checklist(Long.MAX_VALUE - 7)));
        for (String outsider : List.of(stranger, "rj-admin", "office-dz")) {
            BusinessException refused = assertThrows(ApplicationNotFoundException.class,
                    () -> Users.as(outsider, () -> materials.checklist(c.id())), outsider);
            assertEquals(missing.getMessage(), refused.getMessage());
            assertThrows(ApplicationNotFoundException.class, () -> Users.as(outsider, () -> materials.photoOf(c.id())));
            MaterialNotFoundException file = assertThrows(MaterialNotFoundException.class,
                    () -> Users.as(outsider, () -> materials.download(photo)), outsider);
            MaterialNotFoundException none = assertThrows(MaterialNotFoundException.class,
                    () -> Users.as(outsider, () -> materials.download(Long.MAX_VALUE - 7)));
            assertEquals(none.getMessage(), file.getMessage());
        }
        // in scope: the applicant, its unit, and the photo for the registration form
        assertEquals(MaterialKind.values().length, Users.as("jt-admin", () -> materials.checklist(c.id())).rows().size());
        assertArrayEquals(Forms.jpeg(), Users.as("jt-admin", () -> materials.photoOf(c.id())).orElseThrow());
        assertEquals("image/jpeg", Users.as(c.applicant().username(), () -> materials.download(photo)).mediaType());
        // another person's library file is missing too
        long libraryId = ((Number) Db.value("SELECT MIN(id) FROM library_file WHERE owner_person_id = ?",
                c.applicant().personId())).longValue();
        assertEquals("LIBRARY_FILE_NOT_FOUND", assertThrows(MaterialNotFoundException.class,
                () -> Users.as(stranger, () -> materials.downloadLibraryFile(libraryId))).code());
        assertEquals("LIBRARY_FILE_NOT_FOUND", assertThrows(MaterialNotFoundException.class,
                () -> Users.run(stranger, () -> materials.deleteLibraryFile(libraryId))).code());
    }

    @Test
    void theUnitUploadsItsOwnMaterialsAtTheirStage() throws Exception {
        Journey.Case c = Journey.at(ApplicationState.UNIT_REVIEW);
        long id = Users.as("jt-admin", () -> materials.uploadForUnit(c.id(), MaterialKind.UNIT_COMMITMENT,
                "单位承诺书.pdf", pdf("unit-" + c.id(), 10)));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM material_file WHERE id = ? AND owner_unit_id IS NOT NULL", id));
        assertEquals("MATERIAL_ONE_FILE_ONLY", assertThrows(MaterialRejectedException.class, () -> Users.as("jt-admin",
                () -> materials.uploadForUnit(c.id(), MaterialKind.UNIT_COMMITMENT, "again.pdf", pdf("again", 1)))).code());
        assertEquals("MATERIAL_WRONG_STAGE", assertThrows(MaterialRejectedException.class, () -> Users.as("jt-admin",
                () -> materials.uploadForUnit(c.id(), MaterialKind.PRE_PUBLICITY_FORM, "pre.pdf", pdf("pre", 1)))).code());
        assertEquals("MATERIAL_APPLICANT_SIDE", assertThrows(MaterialRejectedException.class, () -> Users.as("jt-admin",
                () -> materials.uploadForUnit(c.id(), MaterialKind.CERTIFICATES, "x.pdf", pdf("x", 1)))).code());
        assertThrows(ApplicationNotFoundException.class, () -> Users.as("rj-admin",
                () -> materials.uploadForUnit(c.id(), MaterialKind.UNIT_COMMITMENT, "rj.pdf", pdf("rj", 1))));
        assertThrows(EJBAccessException.class, () -> Users.as(c.applicant().username(),
                () -> materials.uploadForUnit(c.id(), MaterialKind.UNIT_COMMITMENT, "me.pdf", pdf("me", 1))));
        assertEquals("MATERIAL_UNIT_SIDE", assertThrows(MaterialRejectedException.class, () -> Users.as(c.applicant().username(),
                () -> materials.upload(c.id(), MaterialKind.UNIT_COMMITMENT, "me.pdf", pdf("me", 1)))).code());
        assertEquals("已上传:1", row(Users.as(c.applicant().username(), () -> materials.checklist(c.id())),
                MaterialKind.UNIT_COMMITMENT).status());
        Users.run("jt-admin", () -> materials.deleteForUnit(id));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM material_file WHERE id = ?", id));
    }

    @Test
    void submitIsRefusedWhileARequiredMaterialIsMissing() throws Exception {
        Journey.Case c = Journey.draft(Forms.ENGINEER_TRAFFIC);
        Users.run(c.applicant().username(), () -> materials.delete(photoId(c.id())));
        SubmitRejectedException refused = assertThrows(SubmitRejectedException.class,
                () -> Journey.act(c, null, Action.SUBMIT));
        assertTrue(refused.errors().stream().anyMatch(e -> e.field().equals("materials.PHOTO")
                && e.message().contains("照片") && e.message().contains("暂未上传")), refused.errors().toString());
        assertEquals(ApplicationState.DRAFT, Journey.state(c.id()));
        Users.run(c.applicant().username(), () -> materials.upload(c.id(), MaterialKind.PHOTO, "new.jpg", jpeg(300)));
        ApplicationSummary submitted = Journey.act(c, null, Action.SUBMIT);
        assertEquals(ApplicationState.UNIT_REVIEW, submitted.state());
    }

    @Test
    void theUnitsDecisionsRequireTheirSignedForms() throws Exception {
        Journey.Case c = Journey.at(ApplicationState.UNIT_REVIEW);
        long v1 = Journey.version(c.id());
        DecisionRefusedException approval = assertThrows(DecisionRefusedException.class, () -> Users.as("jt-admin",
                () -> Journey.workflow().decide(c.id(), v1, Journey.decisionFor(Action.UNIT_APPROVE))));
        assertEquals("MATERIAL_UNIT_REQUIRED", approval.code());
        assertTrue(approval.getMessage().contains("承诺书"), approval.getMessage());
        assertEquals(ApplicationState.UNIT_REVIEW, Journey.state(c.id()));

        Users.run("jt-admin", () -> materials.uploadForUnit(c.id(), MaterialKind.UNIT_COMMITMENT, "单位承诺书.pdf",
                pdf("commitment-" + c.id(), 10)));
        assertEquals(ApplicationState.UNIT_PRE_PUBLICITY, Users.as("jt-admin", () -> Journey.workflow()
                .decide(c.id(), v1, Journey.decisionFor(Action.UNIT_APPROVE))).state());

        long v2 = Journey.version(c.id());
        DecisionRefusedException publicity = assertThrows(DecisionRefusedException.class, () -> Users.as("jt-admin",
                () -> Journey.workflow().decide(c.id(), v2, Journey.decisionFor(Action.PRE_PUBLICITY_PASS))));
        assertEquals("MATERIAL_UNIT_REQUIRED", publicity.code());
        assertTrue(publicity.getMessage().contains("评前公示情况表"), publicity.getMessage());
    }

    private static long photoId(long applicationId) {
        return ((Number) Db.value("SELECT id FROM material_file WHERE application_id = ? AND material_kind = 'PHOTO'",
                applicationId)).longValue();
    }
}
