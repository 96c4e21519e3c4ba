package cn.zhicheng.domain.model.application.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class ApplicationFormTest {

    private static Education education(String no, EducationLevel level, LocalDate graduated) {
        return Education.builder().certificateNo(no).level(level).graduationDate(graduated).build();
    }

    @Test
    void aNewDraftAnswersEmptySectionsNeverNull() {
        ApplicationForm form = ApplicationForm.newDraft();
        assertNotNull(form.getBasicInfo());
        assertNull(form.getBasicInfo().getName());
        assertNotNull(form.getCurrentQualification());
        assertNotNull(form.getDeclaredQualification());
        assertNull(form.getDeclaredQualification().getSeries());
        assertFalse(form.getDeclaredQualification().requiresExamResult());
        assertNotNull(form.getExamResult());
        assertNotNull(form.getSelfEvaluation());
        assertTrue(form.getNegativeRecord().getCircumstances().isEmpty());
        assertTrue(form.getEducations().isEmpty());
        assertFalse(form.isCommitmentAccepted());
    }

    @Test
    void updatingARowKeepsTheRowAndChangesItsValues() {
        ApplicationForm form = ApplicationForm.newDraft();
        form.addEducation(education("A", EducationLevel.BACHELOR, LocalDate.of(2008, 7, 1)));
        Education row = form.getEducations().get(0);
        form.updateEducation(0, row.toBuilder().school("中山大学").build());
        assertSame(row, form.getEducations().get(0));
        assertEquals("中山大学", row.getSchool());
        assertEquals("A", row.getCertificateNo());
    }

    @Test
    void replaceAndRemoveChangeTheList() {
        ApplicationForm form = ApplicationForm.newDraft();
        form.replaceWorkExperiences(List.of(WorkExperience.builder().post("一").build(),
                WorkExperience.builder().post("二").build()));
        form.removeWorkExperience(0);
        assertEquals(1, form.getWorkExperiences().size());
        assertEquals("二", form.getWorkExperiences().get(0).getPost());
        assertThrows(UnsupportedOperationException.class,
                () -> form.getWorkExperiences().add(WorkExperience.builder().build()));
    }

    @Test
    void builderCopiesSoLaterChangesDoNotLeak() {
        BasicInfo.Builder builder = BasicInfo.builder().name("张三");
        BasicInfo first = builder.build();
        builder.name("李四");
        assertEquals("张三", first.getName());
        assertEquals("李四", builder.build().getName());
    }

    @Test
    void highestEducationCountsTechnicianClassesAsTheirEquivalent() {
        ApplicationForm form = ApplicationForm.newDraft();
        form.addEducation(education("A", EducationLevel.JUNIOR_COLLEGE, LocalDate.of(2005, 7, 1)));
        form.addEducation(education("B", EducationLevel.PREPARATORY_TECHNICIAN_CLASS, LocalDate.of(2003, 7, 1)));
        assertEquals("B", form.highestEducation().orElseThrow().getCertificateNo());
        form.addEducation(education("C", EducationLevel.BACHELOR, LocalDate.of(2009, 7, 1)));
        assertEquals("C", form.highestEducation().orElseThrow().getCertificateNo());
    }

    @Test
    void commitmentCanBeAcceptedAndWithdrawn() {
        ApplicationForm form = ApplicationForm.newDraft();
        LocalDateTime at = LocalDateTime.of(2021, 1, 5, 9, 30);
        form.acceptCommitment(at);
        assertTrue(form.isCommitmentAccepted());
        assertEquals(at, form.getCommitmentAcceptedAt());
        form.withdrawCommitment();
        assertFalse(form.isCommitmentAccepted());
        assertNull(form.getCommitmentAcceptedAt());
    }

    @Test
    void negativeRecordKeepsTheTickedBoxes() {
        NegativeRecord record = NegativeRecord.of(
                EnumSet.of(NegativeCircumstance.OTHER, NegativeCircumstance.PLAGIARISM), "说明", "陈述");
        assertEquals(EnumSet.of(NegativeCircumstance.PLAGIARISM, NegativeCircumstance.OTHER), record.getCircumstances());
        assertTrue(record.declaresNegative());
        assertFalse(NegativeRecord.noneOfThese().declaresNegative());
        assertEquals(14, NegativeCircumstance.values().length);
    }

    @Test
    void achievementDatesFollowTheKind() {
        ProjectAchievement running = ProjectAchievement.builder().startDate(LocalDate.of(2019, 1, 1))
                .endDate(LocalDate.of(2022, 1, 1)).status(CompletionStatus.IN_PROGRESS).representative(true).build();
        ProjectAchievement done = running.toBuilder().status(CompletionStatus.COMPLETED).build();
        assertEquals(LocalDate.of(2019, 1, 1), running.achievementDate());
        assertEquals(LocalDate.of(2022, 1, 1), done.achievementDate());
        assertTrue(done.isRepresentativeWork());
        assertFalse(PatentAchievement.builder().build().isRepresentativeWork());

        ApplicationForm form = ApplicationForm.newDraft();
        form.addProject(done);
        form.addPatent(PatentAchievement.builder().build());
        assertEquals(2, form.achievements().size());
    }

    @Test
    void basicInfoKnowsChineseNationality() {
        assertTrue(BasicInfo.builder().nationality(" 中国 ").build().isChinese());
        assertFalse(BasicInfo.builder().nationality("新加坡").build().isChinese());
        assertFalse(BasicInfo.builder().build().isChinese());
    }
}
