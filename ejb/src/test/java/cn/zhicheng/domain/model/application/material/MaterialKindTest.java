package cn.zhicheng.domain.model.application.material;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MaterialKindTest {

    @Test
    void photoIsAJpegOfAtMost50Kilobytes() {
        assertEquals("照片", MaterialKind.PHOTO.label());
        assertEquals(MaterialKind.ContentKind.JPEG, MaterialKind.PHOTO.contentKind());
        assertTrue(MaterialKind.PHOTO.accepts(50 * 1024));
        assertFalse(MaterialKind.PHOTO.accepts(50 * 1024 + 1));
        assertFalse(MaterialKind.PHOTO.allowsMultipleFiles());
    }

    @Test
    void achievementMaterialsArePdfsOfAtMost10Megabytes() {
        for (MaterialKind kind : List.of(MaterialKind.PROFESSIONAL_WORK_PROJECT, MaterialKind.RESEARCH_PROJECT,
                MaterialKind.AWARD, MaterialKind.PAPER, MaterialKind.MONOGRAPH, MaterialKind.CONFERENCE_PAPER,
                MaterialKind.TECHNICAL_REPORT, MaterialKind.PATENT, MaterialKind.BOOK)) {
            assertEquals(MaterialKind.ContentKind.PDF, kind.contentKind(), kind.name());
            assertEquals(10L * 1024 * 1024, kind.maxBytes(), kind.name());
            assertEquals(MaterialKind.Requirement.OPTIONAL, kind.requirement(), kind.name());
            assertTrue(kind.allowsMultipleFiles(), kind.name());
        }
    }

    @Test
    void unitCommitmentIsAtMost5MegabytesAtUnitReview() {
        assertEquals(5L * 1024 * 1024, MaterialKind.UNIT_COMMITMENT.maxBytes());
        assertEquals(MaterialKind.Stage.UNIT_REVIEW, MaterialKind.UNIT_COMMITMENT.stage());
        assertTrue(MaterialKind.UNIT_COMMITMENT.isUnitSide());
        assertEquals("《广东省深圳市职称申报承诺书》(单位)", MaterialKind.UNIT_COMMITMENT.label());
    }

    @Test
    void requirementsFollowTheManual() {
        List<MaterialKind> always = MaterialKind.ofStage(MaterialKind.Stage.APPLICATION).stream()
                .filter(k -> k.requirement() == MaterialKind.Requirement.ALWAYS).toList();
        assertEquals(List.of(MaterialKind.PHOTO, MaterialKind.PERSONAL_COMMITMENT, MaterialKind.EDUCATION_PROOF), always);
        assertEquals(MaterialKind.Requirement.CONDITIONAL, MaterialKind.AFFILIATION_PROOF.requirement());
        assertEquals(MaterialKind.Requirement.CONDITIONAL, MaterialKind.EXCEPTIONAL_RECOMMENDATION.requirement());
        assertEquals(15, MaterialKind.ofStage(MaterialKind.Stage.APPLICATION).size());
        assertEquals(List.of(MaterialKind.PRE_PUBLICITY_FORM), MaterialKind.ofStage(MaterialKind.Stage.PRE_PUBLICITY));
        assertEquals(List.of(MaterialKind.POST_PUBLICITY_FORM), MaterialKind.ofStage(MaterialKind.Stage.POST_PUBLICITY));
    }

    @Test
    void contentIsRecognisedByItsLeadingBytes() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
        byte[] pdf = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertTrue(MaterialKind.ContentKind.JPEG.matches(jpeg));
        assertFalse(MaterialKind.ContentKind.JPEG.matches(pdf));
        assertTrue(MaterialKind.ContentKind.PDF.matches(pdf));
        assertFalse(MaterialKind.ContentKind.PDF.matches(jpeg));
        assertFalse(MaterialKind.ContentKind.PDF.matches(new byte[] {'%'}));
        assertFalse(MaterialKind.ContentKind.PDF.matches(null));
    }

    @Test
    void everyKindFitsTheColumnAndHasAChineseLabelAndRequirementText() {
        for (MaterialKind kind : MaterialKind.values()) {
            assertTrue(kind.name().length() <= 40, kind.name());
            assertTrue(kind.label().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
            assertFalse(kind.requirementText().isBlank());
        }
    }
}
