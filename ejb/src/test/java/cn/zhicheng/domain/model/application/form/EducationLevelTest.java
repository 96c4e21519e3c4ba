package cn.zhicheng.domain.model.application.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EducationLevelTest {

    @Test
    void technicianClassesCountAsTheManualSays() {
        assertEquals(EducationLevel.SECONDARY_SPECIALISED, EducationLevel.INTERMEDIATE_TECHNICIAN_CLASS.equivalent());
        assertEquals(EducationLevel.JUNIOR_COLLEGE, EducationLevel.ADVANCED_TECHNICIAN_CLASS.equivalent());
        assertEquals(EducationLevel.BACHELOR, EducationLevel.PREPARATORY_TECHNICIAN_CLASS.equivalent());
        assertEquals(EducationLevel.BACHELOR.rank(), EducationLevel.PREPARATORY_TECHNICIAN_CLASS.rank());
        assertEquals("预备技师(技师)班", EducationLevel.PREPARATORY_TECHNICIAN_CLASS.label());
    }

    @Test
    void ranksOrderTheAcademicLevels() {
        assertTrue(EducationLevel.DOCTORATE.rank() > EducationLevel.MASTER.rank());
        assertTrue(EducationLevel.MASTER.rank() > EducationLevel.BACHELOR.rank());
        assertTrue(EducationLevel.BACHELOR.rank() > EducationLevel.JUNIOR_COLLEGE.rank());
        assertTrue(EducationLevel.JUNIOR_COLLEGE.rank() > EducationLevel.SECONDARY_SPECIALISED.rank());
        assertTrue(EducationLevel.SECONDARY_SPECIALISED.rank() > EducationLevel.HIGH_SCHOOL_OR_BELOW.rank());
    }

    @Test
    void comparisonsUseTheEquivalentLevel() {
        assertTrue(EducationLevel.ADVANCED_TECHNICIAN_CLASS.isAtLeast(EducationLevel.JUNIOR_COLLEGE));
        assertFalse(EducationLevel.ADVANCED_TECHNICIAN_CLASS.isAtLeast(EducationLevel.BACHELOR));
        assertTrue(EducationLevel.INTERMEDIATE_TECHNICIAN_CLASS.isAtLeast(EducationLevel.HIGH_SCHOOL_OR_BELOW));
        assertTrue(EducationLevel.PREPARATORY_TECHNICIAN_CLASS.isTechnicianClass());
        assertFalse(EducationLevel.BACHELOR.isTechnicianClass());
    }
}
