package cn.zhicheng.domain.model.application.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.zhicheng.domain.model.application.form.AchievementLevel;
import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.domain.model.application.form.AuthorRole;
import cn.zhicheng.domain.model.application.form.AwardAchievement;
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
import cn.zhicheng.domain.model.application.form.ExamResult;
import cn.zhicheng.domain.model.application.form.FurtherStudy;
import cn.zhicheng.domain.model.application.form.Gender;
import cn.zhicheng.domain.model.application.form.NegativeRecord;
import cn.zhicheng.domain.model.application.form.ObtainMode;
import cn.zhicheng.domain.model.application.form.OrganisationPost;
import cn.zhicheng.domain.model.application.form.PatentAchievement;
import cn.zhicheng.domain.model.application.form.PatentKind;
import cn.zhicheng.domain.model.application.form.PatentType;
import cn.zhicheng.domain.model.application.form.ProjectAchievement;
import cn.zhicheng.domain.model.application.form.ProjectCategory;
import cn.zhicheng.domain.model.application.form.ProjectRole;
import cn.zhicheng.domain.model.application.form.PublicationAchievement;
import cn.zhicheng.domain.model.application.form.PublicationType;
import cn.zhicheng.domain.model.application.form.QualificationType;
import cn.zhicheng.domain.model.application.form.SelfEvaluation;
import cn.zhicheng.domain.model.application.form.StudyMode;
import cn.zhicheng.domain.model.application.form.WorkExperience;
import cn.zhicheng.domain.model.catalogue.Committee;
import cn.zhicheng.domain.model.catalogue.ExamMode;
import cn.zhicheng.domain.model.catalogue.Office;
import cn.zhicheng.domain.model.catalogue.ReviewYear;
import cn.zhicheng.domain.model.catalogue.Specialty;
import cn.zhicheng.domain.model.catalogue.Title;
import cn.zhicheng.domain.model.catalogue.TitleLevel;
import cn.zhicheng.domain.model.catalogue.TitleSeries;
import cn.zhicheng.domain.model.party.IdType;

/** Real catalogue objects and a fully valid form (the 2020 review year of the manual), to break one thing at a time. */
public final class SampleForms {

    static final String ID_NUMBER = "440305198506151233";
    static final String WORK_UNIT = "深圳市示例交通科技有限公司";

    static final Office OFFICE = new Office(1L, "深圳市交通运输专业职称评审委员会办公室");
    static final Committee COMMITTEE = new Committee(1L, "深圳市交通运输专业中级专业技术资格评审委员会", OFFICE);
    static final TitleSeries ENGINEERING = new TitleSeries(1L, "工程技术");
    static final TitleSeries ECONOMICS = new TitleSeries(2L, "经济");
    static final Title ENGINEER = new Title(10L, ENGINEERING, TitleLevel.INTERMEDIATE, "工程师");
    public static final Specialty TRAFFIC = new Specialty(100L, ENGINEER, "交通运输管理", ExamMode.NONE, COMMITTEE);
    static final Specialty BRIDGES_BY_EXAM = new Specialty(101L, ENGINEER, "道路桥梁", ExamMode.EXAM_INSTEAD, COMMITTEE);

    /** 2020: window 2020-12-30 00:00 to 2021-01-24 24:00; 资历 2020-12-31; 材料 2020-08-31; 继续教育 from 2020-01-01. */
    static ReviewYear year2020() {
        return new ReviewYear(1L, 2020, LocalDateTime.of(2020, 12, 30, 0, 0), LocalDateTime.of(2021, 1, 25, 0, 0),
                LocalDateTime.of(2021, 1, 25, 0, 0), LocalDate.of(2020, 12, 31), LocalDate.of(2020, 8, 31),
                LocalDate.of(2020, 1, 1));
    }

    static final LocalDateTime NOW = LocalDateTime.of(2021, 1, 10, 10, 0);

    private SampleForms() {
    }

    public static ApplicationForm validForm() {
        ApplicationForm form = ApplicationForm.newDraft();
        form.acceptCommitment(NOW.minusDays(1));
        form.updateBasicInfo(basicInfo().build());
        form.addEducation(education().build());
        form.addWorkExperience(WorkExperience.builder().startDate(LocalDate.of(2008, 7, 1))
                .endDate(LocalDate.of(2014, 6, 30)).workplace("深圳市某设计院交通所从事交通规划").post("助理工程师")
                .mainContent("城市道路交通规划与评估").witness("李四").build());
        form.addWorkExperience(WorkExperience.builder().startDate(LocalDate.of(2014, 7, 1))
                .workplace("深圳市示例交通科技有限公司从事交通运输管理").post("项目经理")
                .mainContent("主持交通组织优化项目").witness("王五").build());
        form.addOrganisationPost(OrganisationPost.builder().startDate(LocalDate.of(2016, 1, 1))
                .organisationName("深圳市交通运输学会").post("会员").build());
        form.addFurtherStudy(FurtherStudy.builder().startDate(LocalDate.of(2017, 3, 1)).endDate(LocalDate.of(2017, 6, 30))
                .institution("同济大学").countryOrRegion("中国").content("交通工程高级研修班").build());
        form.updateCurrentQualification(currentQualification().build());
        form.declare(declared().build());
        form.addContinuingEducation(ContinuingEducation.builder().startDate(LocalDate.of(2020, 3, 1))
                .endDate(LocalDate.of(2020, 3, 5)).courseName("专业科目：智慧交通").organiser("深圳市继续教育中心")
                .hours(24).build());
        form.addProject(project().build());
        form.addAward(award().build());
        form.addPublication(publication().build());
        form.addPatent(patent().build());
        form.evaluateSelf(SelfEvaluation.builder().abilityItems("第一项、第二项").achievementItems("第二项")
                .statement("第一项，本人主持的交通组织优化项目符合文件所要求的条件。").build());
        form.stateNegativeRecord(NegativeRecord.noneOfThese());
        return form;
    }

    static BasicInfo.Builder basicInfo() {
        return BasicInfo.builder().name("张三").gender(Gender.MALE).idType(IdType.RESIDENT_ID).idNumber(ID_NUMBER)
                .birthDate(LocalDate.of(1985, 6, 15)).phone("13800138000").nationality("中国")
                .workStartDate(LocalDate.of(2008, 7, 1)).insuredUnitName(WORK_UNIT)
                .insuredUnitOrgCode("91440300MA5XXXXX1X").workUnit(WORK_UNIT).email("zhangsan@example.com")
                .householdRegistration("广东省深圳市").ethnicity("汉族").politicalStatus("群众");
    }

    static Education.Builder education() {
        return Education.builder().certificateNo("105581200805001234").school("中山大学")
                .enrolmentDate(LocalDate.of(2004, 9, 1)).graduationDate(LocalDate.of(2008, 7, 1))
                .degree(Degree.BACHELOR).majorName("交通工程").level(EducationLevel.BACHELOR)
                .studyMode(StudyMode.FULL_TIME).region(EducationRegion.MAINLAND).usedForApplication(true);
    }

    static CurrentQualification.Builder currentQualification() {
        return CurrentQualification.builder().qualificationType(QualificationType.PROFESSIONAL_TITLE)
                .qualificationName("助理工程师").seriesName("工程技术").level(TitleLevel.JUNIOR)
                .obtainedDate(LocalDate.of(2012, 12, 1)).obtainMode(ObtainMode.REVIEW)
                .issuer("深圳市人力资源和社会保障局").currentPost("技术员").hiredDate(LocalDate.of(2013, 1, 1))
                .outsideProvince(false).practisedSpecialty("交通运输管理").yearsInSpecialty(12);
    }

    static DeclaredQualification.Builder declared() {
        return DeclaredQualification.builder().declarationType(DeclarationType.REGULAR).specialty(TRAFFIC)
                .otherDeclarations(false);
    }

    static ExamResult.Builder examResult() {
        return ExamResult.builder().admissionTicketNo("0014545478887")
                .examStart(LocalDateTime.of(2019, 10, 22, 9, 0)).examEnd(LocalDateTime.of(2019, 10, 22, 11, 0))
                .subject("考试科目1").score(new BigDecimal("90")).venue("深圳市人才园考试中心1号考场");
    }

    static ProjectAchievement.Builder project() {
        return ProjectAchievement.builder().category(ProjectCategory.PROFESSIONAL_WORK).name("福田区交通组织优化")
                .level(AchievementLevel.DISTRICT).role(ProjectRole.HOST).startDate(LocalDate.of(2014, 12, 10))
                .endDate(LocalDate.of(2017, 12, 20)).status(CompletionStatus.COMPLETED).representative(true)
                .summary("项目简介：优化片区交通组织。");
    }

    static AwardAchievement.Builder award() {
        return AwardAchievement.builder().projectName("片区交通组织优化").awardName("深圳市科学技术奖")
                .level(AchievementLevel.MUNICIPAL).grade("二等奖").awardDate(LocalDate.of(2018, 11, 1))
                .issuer("深圳市人民政府").rank(2).representative(false);
    }

    static PublicationAchievement.Builder publication() {
        return PublicationAchievement.builder().type(PublicationType.PAPER).title("城市片区交通组织优化方法")
                .publishedDate(LocalDate.of(2019, 5, 1)).publisher("交通运输工程学报").serialNo("CN 61-1369/U")
                .authorRole(AuthorRole.FIRST_AUTHOR).representative(true);
    }

    static PatentAchievement.Builder patent() {
        return PatentAchievement.builder().type(PatentType.PATENT).name("一种交通信号配时方法")
                .patentKind(PatentKind.INVENTION).registrationNo("ZL201810000000.1")
                .grantDate(LocalDate.of(2018, 3, 1)).rank(1).representative(false);
    }
}
