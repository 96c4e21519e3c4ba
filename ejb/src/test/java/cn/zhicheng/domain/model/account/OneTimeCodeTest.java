package cn.zhicheng.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class OneTimeCodeTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 1, 9, 0);

    @Test
    void rightCodeOnceWithinTenMinutes() {
        OneTimeCode code = new OneTimeCode("13800138000", OneTimeCode.Purpose.REGISTER, null, "h", T0);
        assertEquals(OneTimeCode.Check.WRONG, code.attempt(false, T0.plusMinutes(1)));
        assertEquals(OneTimeCode.Check.ACCEPTED, code.attempt(true, T0.plusMinutes(9)));
        assertEquals(OneTimeCode.Check.USED, code.attempt(true, T0.plusMinutes(9)));
    }

    @Test
    void expiredAfterTenMinutes() {
        OneTimeCode code = new OneTimeCode("13800138000", OneTimeCode.Purpose.REGISTER, null, "h", T0);
        assertEquals(OneTimeCode.Check.EXPIRED, code.attempt(true, T0.plusMinutes(10)));
    }

    @Test
    void fiveTriesThenNotEvenTheRightOne() {
        OneTimeCode code = new OneTimeCode("13800138000", OneTimeCode.Purpose.REGISTER, null, "h", T0);
        for (int i = 0; i < OneTimeCode.MAX_TRIES; i++) {
            assertEquals(OneTimeCode.Check.WRONG, code.attempt(false, T0));
        }
        assertEquals(OneTimeCode.Check.TOO_MANY_TRIES, code.attempt(true, T0));
    }
}
