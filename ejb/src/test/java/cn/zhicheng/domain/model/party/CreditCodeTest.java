package cn.zhicheng.domain.model.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void publishedCodesAreValidAndAlteredOnesAreNot() {
        assertTrue(CreditCode.isValid("91350100M000100Y43"));
        assertTrue(CreditCode.isValid("91110000600037341L"));
        assertTrue(CreditCode.isValid("91110000600037341l"), "lower case is read as upper case");
        assertFalse(CreditCode.isValid("91350100M000100Y44"), "check character");
        assertFalse(CreditCode.isValid("91350100M000100Y4"), "length");
        assertFalse(CreditCode.isValid("9135010OM000100Y43"), "O is not in the alphabet");
        assertFalse(CreditCode.isValid("91A50100M000100Y43"), "region digits");
        assertFalse(CreditCode.isValid(null));
    }

    @Test
    void ofCompletesAValidCode() {
        String code = CreditCode.of("91440300MA5D12345");
        assertEquals(18, code.length());
        assertTrue(CreditCode.isValid(code));
    }
}
