package cn.zhicheng.domain.model.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.zhicheng.domain.shared.MessageKey;

class PasswordPolicyTest {

    private static final String ID = "110101199003074514";

    @Test
    void lengthClassesAndNameOrIdAreChecked() {
        assertEquals(MessageKey.PASSWORD_LENGTH, PasswordPolicy.defect("Ab1#xyz", "wangwu", ID));
        assertEquals(MessageKey.PASSWORD_LENGTH, PasswordPolicy.defect("Ab1#".repeat(17), "wangwu", ID));
        assertEquals(MessageKey.PASSWORD_LENGTH, PasswordPolicy.defect(null, "wangwu", ID));
        assertEquals(MessageKey.PASSWORD_WEAK, PasswordPolicy.defect("abcdefgh12", "wangwu", ID));
        assertEquals(MessageKey.PASSWORD_WEAK, PasswordPolicy.defect("Abcd 1234#", "wangwu", ID));
        assertEquals(MessageKey.PASSWORD_CONTAINS_NAME, PasswordPolicy.defect("WangWu#2024", "wangwu", ID));
        assertEquals(MessageKey.PASSWORD_CONTAINS_NAME, PasswordPolicy.defect("x" + ID + "A#", "wangwu", ID));
        assertNull(PasswordPolicy.defect("Zc@2020demo", "zhangsan", ID));
        assertNull(PasswordPolicy.defect("abcd1234#", "wangwu", ID)); // lower, digit, symbol: three classes
    }

    @Test
    void generatedInitialPasswordsPassThePolicyAndDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String p = PasswordPolicy.initial();
            assertEquals(PasswordPolicy.INITIAL_LENGTH, p.length());
            assertNull(PasswordPolicy.defect(p, "someone", ID), p);
            seen.add(p);
        }
        assertEquals(200, seen.size());
    }
}
