package cn.zhicheng.domain.model.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ResidentIdTest {

    @Test
    void aPublishedExampleIsValid() {
        // GB 11643's worked example: 11010519491231002X
        assertTrue(ResidentId.isValid("11010519491231002X"));
        assertTrue(ResidentId.isValid("11010519491231002x"));
        assertEquals('X', ResidentId.checkDigit("11010519491231002"));
    }

    @Test
    void aWrongCheckCharacterADigitTooManyOrAnImpossibleDateIsInvalid() {
        assertFalse(ResidentId.isValid("110105194912310021"));
        assertFalse(ResidentId.isValid("11010519491231002X0"));
        assertFalse(ResidentId.isValid(null));
        String feb30 = ResidentId.of("440305", LocalDate.of(1990, 2, 28), 1).replace("19900228", "19900230");
        assertFalse(ResidentId.isValid(feb30.substring(0, 17) + ResidentId.checkDigit(feb30.substring(0, 17))));
    }

    @Test
    void ofBuildsValidNumbersThatCarryBirthDateAndSex() {
        LocalDate birth = LocalDate.of(1985, 6, 15);
        IntStream.range(0, 1000).forEach(seq -> {
            String id = ResidentId.of("440305", birth, seq);
            assertTrue(ResidentId.isValid(id), id);
            assertEquals(birth, ResidentId.birthDate(id));
            assertEquals(seq % 2 == 1, ResidentId.isMale(id));
        });
        assertEquals("男", ResidentId.gender(ResidentId.of("440305", birth, 1)));
        assertEquals("女", ResidentId.gender(ResidentId.of("440305", birth, 2)));
        assertThrows(IllegalArgumentException.class, () -> ResidentId.of("4403", birth, 1));
        assertThrows(IllegalArgumentException.class, () -> ResidentId.of("440305", birth, 1000));
    }

    @Test
    void theDefectSaysWhatIsWrongAndAgreesWithIsValid() {
        assertEquals(null, ResidentId.defect("11010519491231002X"));
        assertEquals(null, ResidentId.defect("11010519491231002x"));
        assertEquals(ResidentId.Defect.LENGTH, ResidentId.defect(null));
        assertEquals(ResidentId.Defect.LENGTH, ResidentId.defect("1101051949123100"));
        assertEquals(ResidentId.Defect.CHARACTERS, ResidentId.defect("1101051949123100AX"));
        assertEquals(ResidentId.Defect.CHARACTERS, ResidentId.defect("11010519491231002Y"));
        assertEquals(ResidentId.Defect.BIRTH_DATE, ResidentId.defect("110105194913310021"));
        assertEquals(ResidentId.Defect.BIRTH_DATE, ResidentId.defect("110105189912310021"));
        assertEquals(ResidentId.Defect.CHECK_DIGIT, ResidentId.defect("110105194912310021"));
        LocalDate birth = LocalDate.of(1990, 2, 28);
        IntStream.range(0, 1000).mapToObj(seq -> ResidentId.of("440305", birth, seq)).forEach(id -> {
            assertEquals(null, ResidentId.defect(id), id);
            String wrong = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
            assertEquals(ResidentId.isValid(wrong), ResidentId.defect(wrong) == null, wrong);
        });
    }
}
