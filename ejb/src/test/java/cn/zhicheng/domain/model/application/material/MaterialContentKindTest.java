package cn.zhicheng.domain.model.application.material;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.material.MaterialKind.ContentKind;

/** The content is recognised by its leading bytes; each unit decision names the signed form it requires. */
class MaterialContentKindTest {

    @Test
    void contentIsRecognisedByItsSignatureNotItsName() {
        assertEquals(Optional.of(ContentKind.PDF), ContentKind.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(ContentKind.JPEG), ContentKind.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        assertEquals(Optional.of(ContentKind.PNG), ContentKind.detect(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}));
        assertEquals(Optional.empty(), ContentKind.detect("PK\3\4 a zip named .pdf".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), ContentKind.detect(new byte[] {'%', 'P'}));
        assertEquals(Optional.empty(), ContentKind.detect(new byte[0]));
    }

    @Test
    void theUnitDecisionsRequireTheirSignedForms() {
        assertEquals(Optional.of(MaterialKind.UNIT_COMMITMENT), MaterialKind.requiredBy(Action.UNIT_APPROVE));
        assertEquals(Optional.of(MaterialKind.PRE_PUBLICITY_FORM), MaterialKind.requiredBy(Action.PRE_PUBLICITY_PASS));
        assertEquals(Optional.of(MaterialKind.PRE_PUBLICITY_FORM), MaterialKind.requiredBy(Action.PRE_PUBLICITY_FAIL));
        assertEquals(Optional.of(MaterialKind.POST_PUBLICITY_FORM), MaterialKind.requiredBy(Action.POST_PUBLICITY_PASS));
        assertEquals(Optional.empty(), MaterialKind.requiredBy(Action.UNIT_RETURN));
        assertEquals(Optional.empty(), MaterialKind.requiredBy(Action.SUBMIT));
        for (Action action : Action.values()) {
            MaterialKind.requiredBy(action).ifPresent(kind -> assertTrue(kind.isUnitSide(), action + " → " + kind));
        }
    }
}
