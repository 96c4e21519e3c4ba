package cn.zhicheng.domain.model.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import cn.zhicheng.domain.model.catalogue.TitleLevel;

/** The certificate number's documented form (ARCHITECTURE, section 证书) and the masking of ID numbers. */
class CertificateNumberTest {

    @Test
    void theNumberIsZcYearLevelCommitteeAndTheYearsSequence() {
        assertEquals("ZC2020220100001", CertificateNumber.of(2020, TitleLevel.INTERMEDIATE, 201, 1));
        assertEquals("ZC2021120812345", CertificateNumber.of(2021, TitleLevel.JUNIOR, 208, 12345));
        assertEquals("ZC2020400799999", CertificateNumber.of(2020, TitleLevel.SENIOR, 7, 99_999));
        assertEquals(15, CertificateNumber.of(2020, TitleLevel.DEPUTY_SENIOR, 203, 42).length());
        assertTrue(CertificateNumber.isWellFormed(CertificateNumber.of(2020, TitleLevel.DEPUTY_SENIOR, 203, 42)));
    }

    @Test
    void outOfRangePartsAreRefusedRatherThanWidened() {
        assertThrows(IllegalArgumentException.class, () -> CertificateNumber.of(2020, TitleLevel.JUNIOR, 1000, 1));
        assertThrows(IllegalArgumentException.class, () -> CertificateNumber.of(2020, TitleLevel.JUNIOR, 201, 0));
        assertThrows(IllegalArgumentException.class, () -> CertificateNumber.of(2020, TitleLevel.JUNIOR, 201, 100_000));
        assertThrows(IllegalArgumentException.class, () -> CertificateNumber.of(999, TitleLevel.JUNIOR, 201, 1));
    }

    @Test
    void typedNumbersAreNormalisedAndCheckedForForm() {
        assertEquals("ZC2020220100001", CertificateNumber.normalise(" zc2020 2201 00001 "));
        assertNull(CertificateNumber.normalise(null));
        assertFalse(CertificateNumber.isWellFormed("ZC202022010001"));
        assertFalse(CertificateNumber.isWellFormed("ZC2020520100001"), "no level 5");
        assertFalse(CertificateNumber.isWellFormed("0032020120600002316"));
        assertFalse(CertificateNumber.isWellFormed(null));
    }

    @Test
    void anIdNumberIsMaskedButItsFirstSixAndLastFour() {
        assertEquals("440304********053X", CertificateQuery.mask("44030419841121053X"));
        assertEquals("******", CertificateQuery.mask("A12345"));
        assertNull(CertificateQuery.mask(" "));
    }
}
