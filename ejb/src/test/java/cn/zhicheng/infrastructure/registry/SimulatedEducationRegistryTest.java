package cn.zhicheng.infrastructure.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SimulatedEducationRegistryTest {

    private final EducationRegistry registry = new SimulatedEducationRegistry();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "100231200505000123, 中国协和医科大学, 2002-09-01, 2005-07-15, 博士研究生, 外科学, 全日制, 医学博士, 大陆",
            "105901201206001456, 深圳大学, 2008-09-01, 2012-06-30, 大学本科, 计算机科学与技术, 全日制, 工学学士, 大陆",
            "105901201506002789, 深圳大学, 2012-09-01, 2015-06-30, 硕士研究生, 软件工程, 全日制, 工学硕士, 大陆",
            "106111201006003012, 重庆大学, 2006-09-01, 2010-06-30, 大学本科, 交通运输, 全日制, 工学学士, 大陆",
            "125591201807004345, 深圳职业技术学院, 2015-09-01, 2018-07-01, 大学专科, 会计, 全日制, , 大陆",
            "105581201706005678, 中山大学, 2013-09-01, 2017-06-30, 大学本科, 人力资源管理, 全日制, 管理学学士, 大陆"
    })
    void findsEverySeededCertificate(String certificateNo, String school, String start, String end, String level,
                                     String major, String studyForm, String degree, String region) {
        EducationRecord expected = new EducationRecord(certificateNo, school, LocalDate.parse(start),
                LocalDate.parse(end), level, major, studyForm, degree, region);
        assertEquals(expected, registry.findByCertificateNo(certificateNo).orElseThrow());
    }

    @Test
    void aCertificateWithoutDegreeHasNoDegreeName() {
        assertNull(registry.findByCertificateNo("125591201807004345").orElseThrow().degree());
    }

    @Test
    void surroundingBlanksAreIgnored() {
        assertTrue(registry.findByCertificateNo(" 105901201206001456 ").isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"100231200505000124", "10023120050500012", "abc"})
    void anUnknownCertificateIsEmpty(String certificateNo) {
        assertTrue(registry.findByCertificateNo(certificateNo).isEmpty());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aBlankNumberIsEmpty(String certificateNo) {
        assertTrue(registry.findByCertificateNo(certificateNo).isEmpty());
    }
}
