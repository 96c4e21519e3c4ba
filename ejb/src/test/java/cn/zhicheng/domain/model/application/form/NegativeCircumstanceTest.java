package cn.zhicheng.domain.model.application.form;

import static cn.zhicheng.domain.model.application.form.NegativeCircumstance.NONE;
import static cn.zhicheng.domain.model.application.form.NegativeCircumstance.OTHER;
import static cn.zhicheng.domain.model.application.form.NegativeCircumstance.PLAGIARISM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NegativeCircumstanceTest {

    @Test
    void tickingNoneOfTheAboveUnticksTheOthers() {
        assertEquals(List.of(NONE), NegativeCircumstance.afterChange(List.of(PLAGIARISM, OTHER),
                List.of(PLAGIARISM, OTHER, NONE)));
    }

    @Test
    void tickingAnotherBoxUnticksNoneOfTheAbove() {
        assertEquals(List.of(PLAGIARISM), NegativeCircumstance.afterChange(List.of(NONE), List.of(PLAGIARISM, NONE)));
    }

    @Test
    void otherChangesAreKept() {
        assertEquals(List.of(PLAGIARISM, OTHER), NegativeCircumstance.afterChange(List.of(PLAGIARISM),
                List.of(PLAGIARISM, OTHER)));
        assertEquals(List.of(), NegativeCircumstance.afterChange(List.of(NONE), List.of()));
    }

    @Test
    void noneOfTheAboveExcludesEveryOtherBox() {
        assertTrue(PLAGIARISM.excludedBy(List.of(NONE)));
        assertFalse(NONE.excludedBy(List.of(NONE)));
        assertFalse(PLAGIARISM.excludedBy(List.of(OTHER)));
    }
}
