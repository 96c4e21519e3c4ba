package cn.zhicheng.infrastructure.demo;

import cn.zhicheng.domain.model.application.form.AchievementLevel;
import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.domain.model.application.form.BasicInfo;
import cn.zhicheng.domain.model.application.form.CompletionStatus;
import cn.zhicheng.domain.model.application.form.ContinuingEducation;
import cn.zhicheng.domain.model.application.form.CurrentQualification;
import cn.zhicheng.domain.model.application.form.DeclarationType;
import cn.zhicheng.domain.model.application.form.DeclaredQualification;
import cn.zhicheng.domain.model.application.form.Degree;
import cn.zhicheng.domain.model.application.form.Education;
import cn.zhicheng.domain.model.application.form.EducationLevel;
import cn.zhicheng.domain.model.application.form.EducationRegion;
import cn.zhicheng.domain.model.application.form.Gender;
import cn.zhicheng.domain.model.application.form.NegativeRecord;
import cn.zhicheng.domain.model.application.form.ObtainMode;
import cn.zhicheng.domain.model.application.form.ProjectAchievement;
import cn.zhicheng.domain.model.application.form.ProjectCategory;
import cn.zhicheng.domain.model.application.form.ProjectRole;
import cn.zhicheng.domain.model.application.form.QualificationType;
import cn.zhicheng.domain.model.application.form.SelfEvaluation;
import cn.zhicheng.domain.model.application.form.StudyMode;
import cn.zhicheng.domain.model.application.form.WorkExperience;
import cn.zhicheng.domain.model.party.IdType;
import cn.zhicheng.domain.model.party.ResidentId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import cn.zhicheng.domain.model.catalogue.Specialty;
import cn.zhicheng.domain.model.catalogue.TitleLevel;

/**
 * A complete 申报表 of a demo applicant (工程技术 background, one project, no negative record): what the demo
 * applications carry, and what the integration tests submit.
 */
public final class DemoForms {

    private DemoForms() {
    }

    /** Fills a blank form with the sample content; the declaration goes through {@code Application.declare}. */
    public static void fill(ApplicationForm form, String name, String idNumber, String workUnit) {
        form.acceptCommitment(LocalDateTime.of(2021, 1, 10, 9, 0));
        form.updateBasicInfo(BasicInfo.builder().name(name)
                .gender(ResidentId.isMale(idNumber) ? Gender.MALE : Gender.FEMALE)
                .idType(IdType.RESIDENT_ID).idNumber(idNumber)
                .birthDate(ResidentId.birthDate(idNumber))
                .phone("13900000000").nationality("中国").workStartDate(LocalDate.of(2008, 7, 1))
                .workUnit(workUnit).householdRegistration("广东省深圳市").ethnicity("汉族").politicalStatus("群众")
                .build());
        form.addEducation(Education.builder().certificateNo("106111201006003012").school("重庆大学")
                .enrolmentDate(LocalDate.of(2004, 9, 1)).graduationDate(LocalDate.of(2008, 7, 1))
                .degree(Degree.BACHELOR).majorName("交通运输").level(EducationLevel.BACHELOR)
                .studyMode(StudyMode.FULL_TIME).region(EducationRegion.MAINLAND).usedForApplication(true).build());
        form.addWorkExperience(WorkExperience.builder().startDate(LocalDate.of(2008, 7, 1))
                .workplace(workUnit + "从事交通运输管理").post("技术员").mainContent("交通组织与运输管理").witness("王工")
                .build());
        form.updateCurrentQualification(CurrentQualification.builder()
                .qualificationType(QualificationType.PROFESSIONAL_TITLE).qualificationName("助理工程师")
                .seriesName("工程技术").level(TitleLevel.JUNIOR).obtainedDate(LocalDate.of(2012, 12, 1))
                .obtainMode(ObtainMode.REVIEW).issuer("深圳市人力资源和社会保障局").currentPost("技术员")
                .hiredDate(LocalDate.of(2013, 1, 1)).outsideProvince(false).practisedSpecialty("交通运输管理")
                .yearsInSpecialty(12).build());
        form.addContinuingEducation(ContinuingEducation.builder().startDate(LocalDate.of(2020, 3, 1))
                .endDate(LocalDate.of(2020, 3, 5)).courseName("专业科目：智慧交通").organiser("深圳市继续教育中心")
                .hours(24).build());
        form.addProject(ProjectAchievement.builder().category(ProjectCategory.PROFESSIONAL_WORK).name("片区交通组织优化")
                .level(AchievementLevel.DISTRICT).role(ProjectRole.HOST).startDate(LocalDate.of(2016, 3, 1))
                .endDate(LocalDate.of(2018, 12, 20)).status(CompletionStatus.COMPLETED).representative(true)
                .summary("优化片区交通组织，缓解早晚高峰拥堵。").build());
        form.evaluateSelf(SelfEvaluation.builder().abilityItems("第一项").achievementItems("第二项")
                .statement("本人主持的片区交通组织优化项目符合评审条件。").build());
        form.stateNegativeRecord(NegativeRecord.noneOfThese());
    }

    /** 申报的专业技术资格信息 of the sample: a regular declaration of the specialty, no other declarations. */
    public static DeclaredQualification declaration(Specialty specialty) {
        return DeclaredQualification.builder().declarationType(DeclarationType.REGULAR)
                .specialty(specialty).otherDeclarations(false).build();
    }
}
