package cn.zhicheng.domain.model.application.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.domain.model.application.form.BasicInfo;
import cn.zhicheng.domain.model.application.form.CompletionStatus;
import cn.zhicheng.domain.model.application.form.ContinuingEducation;
import cn.zhicheng.domain.model.application.form.DeclarationType;
import cn.zhicheng.domain.model.application.form.FurtherStudy;
import cn.zhicheng.domain.model.application.form.NegativeCircumstance;
import cn.zhicheng.domain.model.application.form.NegativeRecord;
import cn.zhicheng.domain.model.application.form.OrganisationPost;
import cn.zhicheng.domain.model.application.form.PatentType;
import cn.zhicheng.domain.model.application.form.ProjectCategory;
import cn.zhicheng.domain.model.application.form.QualificationType;
import cn.zhicheng.domain.model.application.form.SelfEvaluation;
import cn.zhicheng.domain.model.application.form.WorkExperience;
import cn.zhicheng.domain.model.application.material.MaterialKind;
import cn.zhicheng.domain.model.application.validation.ValidationContext.OtherApplication;
import cn.zhicheng.domain.model.party.IdType;

class SubmitValidatorTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final SubmitValidator validator = new SubmitValidator();
    private final TestContext ctx = new TestContext();
    private final ApplicationForm form = SampleForms.validForm();

    // ---------------------------------------------------------------- helpers

    private ValidationResult validate() {
        return validator.validate(form, ctx);
    }

    private void assertValid() {
        ValidationResult result = validate();
        assertTrue(result.isValid(), result::toString);
    }

    /** Exactly these fields fail, and every message is Chinese. */
    private ValidationResult assertErrors(String... fields) {
        ValidationResult result = validate();
        assertEquals(new TreeSet<>(List.of(fields)),
                result.errors().stream().map(FieldError::field).collect(Collectors.toCollection(TreeSet::new)),
                result::toString);
        result.errors().forEach(e -> assertTrue(HAN.matcher(e.message()).find(), "not Chinese: " + e));
        return result;
    }

    /** Only {@code field} fails, with a message that names the field by its label. */
    private void assertOnlyError(String field, String label) {
        ValidationResult result = assertErrors(field);
        assertTrue(result.errors().stream().allMatch(e -> e.message().contains(label)), result::toString);
    }

    private void basic(UnaryOperator<BasicInfo.Builder> change) {
        form.updateBasicInfo(change.apply(form.getBasicInfo().toBuilder()).build());
    }

    @Test
    @DisplayName("the sample form is valid, without warnings")
    void sampleIsValid() {
        ValidationResult result = validate();
        assertTrue(result.isValid(), result::toString);
        assertTrue(result.warnings().isEmpty(), result::toString);
    }

    @Test
    @DisplayName("several problems are all reported at once")
    void reportsEveryProblem() {
        form.withdrawCommitment();
        basic(b -> b.phone("12345").email(null).ethnicity(" "));
        form.updateEducation(0, SampleForms.education().graduationDate(LocalDate.of(2004, 1, 1)).build());
        form.replaceWorkExperiences(List.of());
        form.evaluateSelf(SelfEvaluation.builder().abilityItems("第一项").achievementItems("第二项")
                .statement("长".repeat(501)).build());
        form.stateNegativeRecord(NegativeRecord.empty());
        ctx.uploaded.remove(MaterialKind.PHOTO);
        ctx.unitName = null;

        ValidationResult result = assertErrors("commitmentAccepted", "basicInfo.phone", "basicInfo.ethnicity",
                "educations[0].graduationDate", "workExperiences", "selfEvaluation.statement",
                "negativeRecord.circumstances", "materials.PHOTO", "nextStep.unit");
        assertEquals(9, result.errors().size());
        assertTrue(result.errors().stream().anyMatch(e -> e.message().equals("联系电话：格式不正确（应为11位手机号码或“区号-电话号码”）")));
        assertTrue(result.errors().stream().anyMatch(e -> e.message().equals("教育经历第1条：毕业时间不能早于入学时间")));
        assertTrue(result.errors().stream().anyMatch(e -> e.message().equals("民族：必填")));
    }

    @Nested
    @DisplayName("申报承诺 and 申报时间")
    class Submission {

        @Test
        void commitmentNotAcceptedFails() {
            form.withdrawCommitment();
            assertOnlyError("commitmentAccepted", "本人已阅读并同意");
        }

        @Test
        void commitmentAcceptedPasses() {
            form.withdrawCommitment();
            form.acceptCommitment(SampleForms.NOW);
            assertValid();
        }

        @Test
        void beforeTheWindowFails() {
            ctx.now = LocalDateTime.of(2020, 12, 29, 23, 59);
            assertOnlyError("reviewYear", "申报时间");
        }

        @Test
        void atTheEndOfTheWindowFails() {
            ctx.now = LocalDateTime.of(2021, 1, 25, 0, 0);
            assertOnlyError("reviewYear", "申报时间");
        }

        @Test
        void aResubmissionAfterTheWindowPasses() {
            ctx.now = LocalDateTime.of(2021, 2, 3, 10, 0);
            ctx.firstSubmission = false;
            assertValid();
        }

        @Test
        void aFirstSubmissionAfterAnEarlierCommitteeDeadlineFails() {
            ctx.committeeDeadline = LocalDateTime.of(2021, 1, 15, 0, 0);
            ctx.now = LocalDateTime.of(2021, 1, 15, 0, 0);
            assertOnlyError("reviewYear", "评委会2020年度的申报截止时间（2021-01-15 00:00）已过");
        }

        @Test
        void aFirstSubmissionBeforeTheCommitteeDeadlinePasses() {
            ctx.committeeDeadline = LocalDateTime.of(2021, 1, 15, 0, 0);
            ctx.now = LocalDateTime.of(2021, 1, 14, 23, 59);
            assertValid();
        }

        @Test
        void aResubmissionAfterAUnitReturnStillMeetsTheCommitteeDeadline() {
            ctx.firstSubmission = false;
            ctx.committeeDeadline = LocalDateTime.of(2021, 1, 25, 0, 0);
            ctx.now = LocalDateTime.of(2021, 1, 26, 9, 0);
            assertOnlyError("reviewYear", "已过");
        }

        @Test
        void noReviewYearFails() {
            ctx.reviewYear = null;
            assertOnlyError("reviewYear", "评委会年度");
        }

        @Test
        void firstMinuteOfTheWindowPasses() {
            ctx.now = LocalDateTime.of(2020, 12, 30, 0, 0);
            assertValid();
        }

        @Test
        void noUnitChosenFails() {
            ctx.unitName = null;
            assertOnlyError("nextStep.unit", "报送单位");
        }

        @Test
        void unitChosenPasses() {
            ctx.unitName = SampleForms.WORK_UNIT;
            assertValid();
        }
    }

    @Nested
    @DisplayName("基本信息")
    class BasicInfoSection {

        @ParameterizedTest
        @ValueSource(strings = {"name:姓名", "gender:性别", "idType:证件类型", "idNumber:证件号码", "phone:联系电话",
                "nationality:国籍", "workStartDate:参加工作时间", "workUnit:现工作单位"})
        void missingRequiredFieldFails(String fieldAndLabel) {
            String field = fieldAndLabel.split(":")[0];
            String label = fieldAndLabel.split(":")[1];
            basic(b -> switch (field) {
                case "name" -> b.name(" ");
                case "gender" -> b.gender(null);
                case "idType" -> b.idType(null);
                case "idNumber" -> b.idNumber(null);
                case "phone" -> b.phone("");
                case "nationality" -> b.nationality(null);
                case "workStartDate" -> b.workStartDate(null);
                default -> b.workUnit(null);
            });
            ValidationResult result = validate();
            assertEquals(List.of(new FieldError("basicInfo." + field, label + "：必填")),
                    result.errorsFor("basicInfo." + field), result::toString);
            if (!field.equals("nationality") && !field.equals("workUnit")) {
                assertErrors("basicInfo." + field);
            }
        }

        @Test
        void optionalFieldsMayBeEmpty() {
            basic(b -> b.email(null).insuredUnitName(null).insuredUnitOrgCode(null).birthDate(null));
            assertValid();
        }

        @Test
        void chineseWithoutEthnicityFails() {
            basic(b -> b.ethnicity(null));
            assertOnlyError("basicInfo.ethnicity", "民族");
        }

        @Test
        void chineseWithoutHouseholdAndPoliticalStatusFails() {
            basic(b -> b.householdRegistration("").politicalStatus(null));
            assertErrors("basicInfo.householdRegistration", "basicInfo.politicalStatus");
        }

        @Test
        void foreignerNeedsNoHouseholdEthnicityOrPoliticalStatus() {
            basic(b -> b.nationality("新加坡").idType(IdType.PASSPORT).idNumber("E12345678").birthDate(null)
                    .householdRegistration(null).ethnicity(null).politicalStatus(null));
            assertValid();
        }

        @Test
        void residentIdWithWrongCheckDigitFails() {
            basic(b -> b.idNumber("440305198506151234"));
            assertOnlyError("basicInfo.idNumber", "证件号码");
        }

        @Test
        void residentIdOfWrongLengthFails() {
            basic(b -> b.idNumber("44030519850615123"));
            assertOnlyError("basicInfo.idNumber", "证件号码");
        }

        @Test
        void birthDateNotMatchingTheIdFails() {
            basic(b -> b.birthDate(LocalDate.of(1985, 6, 16)));
            assertOnlyError("basicInfo.birthDate", "出生日期");
        }

        @Test
        void residentIdWithCheckLetterXPasses() {
            basic(b -> b.idNumber("11010519491231002x").birthDate(LocalDate.of(1949, 12, 31)));
            assertValid();
        }

        @Test
        void passportNumberIsNotCheckedAsResidentId() {
            basic(b -> b.idType(IdType.PASSPORT).idNumber("E12345678"));
            assertValid();
        }

        @ParameterizedTest
        @ValueSource(strings = {"12345", "23800138000", "1380013800a", "0755-123"})
        void malformedPhoneFails(String phone) {
            basic(b -> b.phone(phone));
            assertOnlyError("basicInfo.phone", "联系电话");
        }

        @ParameterizedTest
        @ValueSource(strings = {"13800138000", "0755-83001234", "075583001234", "010-12345678-801"})
        void mobileOrLandlinePasses(String phone) {
            basic(b -> b.phone(phone));
            assertValid();
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc@", "zhangsan", "a@b", "张三@example"})
        void malformedEmailFails(String email) {
            basic(b -> b.email(email));
            assertOnlyError("basicInfo.email", "电子邮箱");
        }

        @Test
        void wellFormedEmailPasses() {
            basic(b -> b.email("zhang.san+zc@mail.example.com.cn"));
            assertValid();
        }

        @Test
        void workStartInTheFutureFails() {
            basic(b -> b.workStartDate(SampleForms.NOW.toLocalDate().plusDays(1)));
            assertOnlyError("basicInfo.workStartDate", "参加工作时间");
        }

        @Test
        void workStartTodayPasses() {
            basic(b -> b.workStartDate(SampleForms.NOW.toLocalDate()));
            assertTrue(validate().isValid());
        }
    }

    @Nested
    @DisplayName("教育经历")
    class Educations {

        @Test
        void noEducationFails() {
            form.replaceEducations(List.of());
            assertOnlyError("educations", "教育经历");
        }

        @Test
        void oneEducationPasses() {
            form.replaceEducations(List.of(SampleForms.education().build()));
            assertValid();
        }

        @Test
        void rowWithoutSchoolFails() {
            form.updateEducation(0, SampleForms.education().school(null).build());
            ValidationResult result = assertErrors("educations[0].school");
            assertEquals("教育经历第1条：毕业学校必填", result.errors().get(0).message());
        }

        @Test
        void rowWithoutCertificateNumberAndLevelFails() {
            form.addEducation(SampleForms.education().certificateNo("").level(null).usedForApplication(false).build());
            assertErrors("educations[1].certificateNo", "educations[1].level");
        }

        @Test
        void completeRowWithoutUsedForApplicationPasses() {
            form.updateEducation(0, SampleForms.education().usedForApplication(null).build());
            assertValid();
        }

        @Test
        void graduationBeforeEnrolmentFails() {
            form.updateEducation(0, SampleForms.education().graduationDate(LocalDate.of(2004, 8, 31)).build());
            ValidationResult result = assertErrors("educations[0].graduationDate");
            assertEquals("教育经历第1条：毕业时间不能早于入学时间", result.errors().get(0).message());
        }

        @Test
        void graduationOnEnrolmentDayPasses() {
            form.updateEducation(0, SampleForms.education().graduationDate(LocalDate.of(2004, 9, 1)).build());
            assertValid();
        }

        @Test
        void assessmentWithTwoRowsUsedFails() {
            form.declare(SampleForms.declared().declarationType(DeclarationType.ASSESSMENT).build());
            form.addEducation(SampleForms.education().certificateNo("105581201005000001").build());
            assertOnlyError("educations", "是否以该学历申请职称评审");
        }

        @Test
        void assessmentWithNoRowUsedFails() {
            form.declare(SampleForms.declared().declarationType(DeclarationType.ASSESSMENT).build());
            form.updateEducation(0, SampleForms.education().usedForApplication(false).build());
            assertOnlyError("educations", "考核认定");
        }

        @Test
        void assessmentWithExactlyOneRowUsedPasses() {
            form.declare(SampleForms.declared().declarationType(DeclarationType.ASSESSMENT).build());
            form.addEducation(SampleForms.education().usedForApplication(false).build());
            assertValid();
        }
    }

    @Nested
    @DisplayName("工作经历")
    class WorkExperiences {

        @Test
        void noWorkExperienceFails() {
            form.replaceWorkExperiences(List.of());
            assertOnlyError("workExperiences", "工作经历");
        }

        @Test
        void oneOngoingWorkExperiencePasses() {
            form.replaceWorkExperiences(List.of(WorkExperience.builder().startDate(LocalDate.of(2008, 7, 1))
                    .workplace("深圳").post("工程师").witness("李四").build()));
            assertValid();
        }

        @Test
        void rowWithoutWitnessFails() {
            form.updateWorkExperience(1, form.getWorkExperiences().get(1).toBuilder().witness(" ").build());
            ValidationResult result = assertErrors("workExperiences[1].witness");
            assertEquals("工作经历第2条：证明人必填", result.errors().get(0).message());
        }

        @Test
        void rowWithoutStartPostAndWorkplaceFails() {
            form.updateWorkExperience(1, form.getWorkExperiences().get(1).toBuilder().startDate(null).post(null)
                    .workplace(null).build());
            assertErrors("workExperiences[1].startDate", "workExperiences[1].post", "workExperiences[1].workplace");
        }

        @Test
        void rowWithoutEndAndContentPasses() {
            form.updateWorkExperience(1, form.getWorkExperiences().get(1).toBuilder().endDate(null).mainContent(null)
                    .build());
            assertValid();
        }

        @Test
        void endBeforeStartFails() {
            form.updateWorkExperience(0, form.getWorkExperiences().get(0).toBuilder()
                    .endDate(LocalDate.of(2008, 6, 30)).build());
            assertOnlyError("workExperiences[0].endDate", "结束时间不能早于开始时间");
        }

        @Test
        void endOnStartDayPasses() {
            form.addWorkExperience(WorkExperience.builder().startDate(LocalDate.of(2015, 1, 1))
                    .endDate(LocalDate.of(2015, 1, 1)).workplace("兼职").post("顾问").witness("赵六").build());
            assertValid();
        }

        @Test
        void contentOver200CharactersFails() {
            form.updateWorkExperience(0, form.getWorkExperiences().get(0).toBuilder().mainContent("交".repeat(201))
                    .build());
            assertOnlyError("workExperiences[0].mainContent", "主要专业技术工作内容不能超过200字");
        }

        @Test
        void contentOf200ChineseCharactersPasses() {
            form.updateWorkExperience(0, form.getWorkExperiences().get(0).toBuilder().mainContent("交".repeat(200))
                    .build());
            assertValid();
        }

        @Test
        void gapBetweenPeriodsIsWarnedNotBlocked() {
            form.updateWorkExperience(1, form.getWorkExperiences().get(1).toBuilder()
                    .startDate(LocalDate.of(2015, 1, 1)).build());
            ValidationResult result = validate();
            assertTrue(result.isValid(), result::toString);
            assertEquals(List.of("workExperiences[1].startDate"),
                    result.warnings().stream().map(FieldError::field).toList());
            assertTrue(result.warnings().get(0).message().startsWith("工作经历第2条："));
        }

        @Test
        void firstPeriodLongAfterWorkStartIsWarned() {
            basic(b -> b.workStartDate(LocalDate.of(2007, 7, 1)));
            ValidationResult result = validate();
            assertTrue(result.isValid(), result::toString);
            assertEquals(List.of("workExperiences[0].startDate"),
                    result.warnings().stream().map(FieldError::field).toList());
        }

        @Test
        void joinedUpAndOverlappingPeriodsAreNotWarned() {
            // rows out of order, a part-time post overlapping the main job
            form.addWorkExperience(WorkExperience.builder().startDate(LocalDate.of(2010, 1, 1))
                    .endDate(LocalDate.of(2011, 1, 1)).workplace("兼职").post("顾问").witness("赵六").build());
            form.updateWorkExperience(1, form.getWorkExperiences().get(1).toBuilder()
                    .startDate(LocalDate.of(2014, 7, 20)).build());
            assertTrue(validate().warnings().isEmpty(), () -> validate().toString());
        }
    }

    @Nested
    @DisplayName("专业行业组织职务 and 国内外进修情况")
    class OptionalLists {

        @Test
        void organisationPostWithoutNameFails() {
            form.updateOrganisationPost(0, OrganisationPost.builder().startDate(LocalDate.of(2016, 1, 1))
                    .post("会员").build());
            assertOnlyError("organisationPosts[0].organisationName", "专业行业组织职务第1条：组织名称");
        }

        @Test
        void organisationPostEndingBeforeStartFails() {
            form.updateOrganisationPost(0, form.getOrganisationPosts().get(0).toBuilder()
                    .endDate(LocalDate.of(2015, 1, 1)).build());
            assertOnlyError("organisationPosts[0].endDate", "结束时间不能早于开始时间");
        }

        @Test
        void noOrganisationPostOrFurtherStudyPasses() {
            form.replaceOrganisationPosts(List.of());
            form.replaceFurtherStudies(List.of());
            assertValid();
        }

        @Test
        void furtherStudyWithoutInstitutionFails() {
            form.updateFurtherStudy(0, form.getFurtherStudies().get(0).toBuilder().institution(null).build());
            assertOnlyError("furtherStudies[0].institution", "进修学校(单位)");
        }

        @Test
        void furtherStudyContentOver200Fails() {
            form.updateFurtherStudy(0, form.getFurtherStudies().get(0).toBuilder().content("研".repeat(201)).build());
            assertOnlyError("furtherStudies[0].content", "进修内容不能超过200字");
        }

        @Test
        void completeFurtherStudyPasses() {
            form.addFurtherStudy(FurtherStudy.builder().startDate(LocalDate.of(2019, 1, 1))
                    .endDate(LocalDate.of(2019, 1, 1)).institution("MIT").content("研".repeat(200)).build());
            assertValid();
        }
    }

    @Nested
    @DisplayName("现专业技术资格职务信息")
    class CurrentQualificationSection {

        @Test
        void missingPractisedSpecialtyFails() {
            form.updateCurrentQualification(SampleForms.currentQualification().practisedSpecialty(" ").build());
            assertOnlyError("currentQualification.practisedSpecialty", "现从事专业(学科)");
        }

        @Test
        void missingYearsFails() {
            form.updateCurrentQualification(SampleForms.currentQualification().yearsInSpecialty(null).build());
            assertOnlyError("currentQualification.yearsInSpecialty", "从事本专业或相近专业工作累计(年)");
        }

        @Test
        void impossibleYearsFail() {
            form.updateCurrentQualification(SampleForms.currentQualification().yearsInSpecialty(61).build());
            assertOnlyError("currentQualification.yearsInSpecialty", "从事本专业或相近专业工作累计(年)");
        }

        @Test
        void zeroYearsPasses() {
            form.updateCurrentQualification(SampleForms.currentQualification().yearsInSpecialty(0).build());
            assertValid();
        }

        @Test
        void titleWithoutIssuerFails() {
            form.updateCurrentQualification(SampleForms.currentQualification().issuer(null).build());
            assertOnlyError("currentQualification.issuer", "现资格证书发证单位");
        }

        @Test
        void vocationalQualificationWithoutNameUsesItsOwnLabel() {
            form.updateCurrentQualification(SampleForms.currentQualification()
                    .qualificationType(QualificationType.VOCATIONAL_QUALIFICATION).qualificationName(null).build());
            assertOnlyError("currentQualification.qualificationName", "现职业资格名称");
        }

        @Test
        void titleWithoutSeriesLevelAndHiredDateFails() {
            form.updateCurrentQualification(SampleForms.currentQualification().seriesName(null).level(null)
                    .hiredDate(null).outsideProvince(null).build());
            assertErrors("currentQualification.seriesName", "currentQualification.level",
                    "currentQualification.hiredDate", "currentQualification.outsideProvince");
        }

        @Test
        void noQualificationTypeNeedsOnlySpecialtyAndYears() {
            form.updateCurrentQualification(cn.zhicheng.domain.model.application.form.CurrentQualification.builder()
                    .practisedSpecialty("交通运输管理").yearsInSpecialty(3).build());
            assertValid();
        }

        @Test
        void seriesTransferWithLessThanOneYearInPostFails() {
            form.declare(SampleForms.declared().declarationType(DeclarationType.SERIES_TRANSFER).build());
            form.updateCurrentQualification(SampleForms.currentQualification().hiredDate(LocalDate.of(2020, 1, 1))
                    .build());
            assertOnlyError("currentQualification.hiredDate", "满1年");
        }

        @Test
        void seriesTransferWithoutHiredDateFails() {
            form.declare(SampleForms.declared().declarationType(DeclarationType.SERIES_TRANSFER).build());
            form.updateCurrentQualification(SampleForms.currentQualification().qualificationType(null).hiredDate(null)
                    .build());
            assertOnlyError("currentQualification.hiredDate", "转系列(专业)申报");
        }

        @Test
        void seriesTransferWithExactlyOneYearPasses() {
            form.declare(SampleForms.declared().declarationType(DeclarationType.SERIES_TRANSFER).build());
            form.updateCurrentQualification(SampleForms.currentQualification().hiredDate(LocalDate.of(2019, 12, 31))
                    .build());
            assertValid();
        }
    }

    @Nested
    @DisplayName("申报的专业技术资格信息")
    class Declaration {

        @Test
        void missingDeclarationTypeFails() {
            form.declare(SampleForms.declared().declarationType(null).build());
            assertOnlyError("declaredQualification.declarationType", "申报类型");
        }

        @Test
        void missingSpecialtyFails() {
            form.declare(SampleForms.declared().specialty(null).build());
            assertOnlyError("declaredQualification.specialty", "评审的资格专业");
        }

        @Test
        void missingIntegrityStatementFails() {
            form.declare(SampleForms.declared().otherDeclarations(null).build());
            assertOnlyError("declaredQualification.otherDeclarations", "有无同时或不同时申报其他系列(专业)资格及其名称");
        }

        @Test
        void otherDeclarationsWithoutNamesFails() {
            form.declare(SampleForms.declared().otherDeclarations(true).build());
            assertOnlyError("declaredQualification.otherDeclarationNames", "其他系列(专业)资格名称");
        }

        @Test
        void otherDeclarationsWithNamesPasses() {
            form.declare(SampleForms.declared().otherDeclarations(true).otherDeclarationNames("经济师(经济)").build());
            assertValid();
        }

        @Test
        void secondSpecialtyOfTheSameSeriesFails() {
            ctx.others.add(new OtherApplication("0032020123000000001", 1L, 102L, "工程师(工程技术)道路桥梁"));
            assertOnlyError("declaredQualification.specialty", "同一系列");
        }

        @Test
        void otherApplicationOfAnotherSeriesPasses() {
            ctx.others.add(new OtherApplication("0032020123000000002", 2L, 200L, "经济师(经济)"));
            assertValid();
        }

        @Test
        void examSpecialtyWithoutExamResultFails() {
            form.declare(SampleForms.declared().specialty(SampleForms.BRIDGES_BY_EXAM).build());
            ValidationResult result = assertErrors("examResult.admissionTicketNo", "examResult.examStart",
                    "examResult.examEnd", "examResult.subject", "examResult.score", "examResult.venue");
            assertEquals("准考证号：必填", result.errorsFor("examResult.admissionTicketNo").get(0).message());
        }

        @Test
        void examSpecialtyWithoutVenueFails() {
            form.declare(SampleForms.declared().specialty(SampleForms.BRIDGES_BY_EXAM).build());
            form.recordExamResult(SampleForms.examResult().venue(null).build());
            assertOnlyError("examResult.venue", "考试地点");
        }

        @Test
        void examSpecialtyWithExamResultPasses() {
            form.declare(SampleForms.declared().specialty(SampleForms.BRIDGES_BY_EXAM).build());
            form.recordExamResult(SampleForms.examResult().build());
            assertValid();
        }

        @Test
        void reviewOnlySpecialtyNeedsNoExamResult() {
            form.clearExamResult();
            assertValid();
        }

        @Test
        void examEndingBeforeItStartsFails() {
            form.recordExamResult(SampleForms.examResult().examEnd(LocalDateTime.of(2019, 10, 22, 8, 0)).build());
            assertOnlyError("examResult.examEnd", "考试结束时间");
        }

        @Test
        void examEndingWhenItStartsPasses() {
            form.recordExamResult(SampleForms.examResult().examEnd(LocalDateTime.of(2019, 10, 22, 9, 0)).build());
            assertValid();
        }
    }

    @Nested
    @DisplayName("完成继续教育任务情况")
    class ContinuingEducations {

        @Test
        void rowWithoutHoursFails() {
            form.updateContinuingEducation(0, form.getContinuingEducations().get(0).toBuilder().hours(null).build());
            assertOnlyError("continuingEducations[0].hours", "学时");
        }

        @Test
        void rowWithZeroHoursFails() {
            form.updateContinuingEducation(0, form.getContinuingEducations().get(0).toBuilder().hours(0).build());
            assertOnlyError("continuingEducations[0].hours", "学时应大于0");
        }

        @Test
        void rowEndingBeforeStartFails() {
            form.updateContinuingEducation(0, form.getContinuingEducations().get(0).toBuilder()
                    .endDate(LocalDate.of(2020, 2, 1)).build());
            assertOnlyError("continuingEducations[0].endDate", "结束时间不能早于开始时间");
        }

        @Test
        void completeRowPasses() {
            form.addContinuingEducation(ContinuingEducation.builder().startDate(LocalDate.of(2019, 5, 1))
                    .endDate(LocalDate.of(2019, 5, 1)).courseName("公需科目").organiser("中心").hours(1).build());
            assertValid();
        }

        @Test
        void onlyRecordsBeforeTheReviewYearFail() {
            form.replaceContinuingEducations(List.of(form.getContinuingEducations().get(0).toBuilder()
                    .startDate(LocalDate.of(2019, 12, 31)).build()));
            assertOnlyError("continuingEducations", "2020年1月1日");
        }

        @Test
        void noRecordAtAllFails() {
            form.replaceContinuingEducations(List.of());
            assertOnlyError("continuingEducations", "完成继续教育任务情况");
        }

        @Test
        void recordOnTheFirstDayOfTheReviewYearPasses() {
            form.replaceContinuingEducations(List.of(form.getContinuingEducations().get(0).toBuilder()
                    .startDate(LocalDate.of(2020, 1, 1)).build()));
            assertValid();
        }
    }

    @Nested
    @DisplayName("业绩成果 and 学术成果")
    class Achievements {

        @Test
        void projectWithoutNameFails() {
            form.updateProject(0, SampleForms.project().name(null).build());
            assertOnlyError("projectAchievements[0].name", "业绩成果-项目情况第1条：项目名称必填");
        }

        @Test
        void projectEndingBeforeStartFails() {
            form.updateProject(0, SampleForms.project().endDate(LocalDate.of(2014, 1, 1)).build());
            assertOnlyError("projectAchievements[0].endDate", "结束时间不能早于开始时间");
        }

        @Test
        void researchProjectWithoutSourceFails() {
            form.updateProject(0, SampleForms.project().category(ProjectCategory.RESEARCH).build());
            assertOnlyError("projectAchievements[0].source", "课题来源(下达单位)");
        }

        @Test
        void researchProjectWithSourcePasses() {
            form.updateProject(0, SampleForms.project().category(ProjectCategory.RESEARCH).source("深圳市科技创新委员会")
                    .level(null).build());
            assertValid();
        }

        @Test
        void projectSummaryOver200Fails() {
            form.updateProject(0, SampleForms.project().summary("项".repeat(201)).build());
            assertOnlyError("projectAchievements[0].summary", "项目简介不能超过200字");
        }

        @Test
        void projectSummaryOf200Passes() {
            form.updateProject(0, SampleForms.project().summary("项".repeat(200)).build());
            assertValid();
        }

        @Test
        void awardWithoutIssuerFails() {
            form.updateAward(0, SampleForms.award().issuer(null).build());
            assertOnlyError("awardAchievements[0].issuer", "颁奖单位");
        }

        @Test
        void awardWithNonPositiveRankFails() {
            form.updateAward(0, SampleForms.award().rank(0).build());
            assertOnlyError("awardAchievements[0].rank", "本人排名");
        }

        @Test
        void completeAwardPasses() {
            form.addAward(SampleForms.award().rank(1).build());
            assertValid();
        }

        @Test
        void publicationWithoutTitleFails() {
            form.updatePublication(0, SampleForms.publication().title(" ").build());
            assertOnlyError("publicationAchievements[0].title", "题目(书名)");
        }

        @Test
        void publicationWithoutSerialNumberPasses() {
            form.updatePublication(0, SampleForms.publication().serialNo(null).build());
            assertValid();
        }

        @Test
        void patentWithoutPatentKindFails() {
            form.updatePatent(0, SampleForms.patent().patentKind(null).build());
            assertOnlyError("patentAchievements[0].patentKind", "专利类型");
        }

        @Test
        void softwareCopyrightNeedsNoPatentKind() {
            form.updatePatent(0, SampleForms.patent().type(PatentType.SOFTWARE_COPYRIGHT).patentKind(null)
                    .registrationNo("2019SR0000001").build());
            assertValid();
        }

        @Test
        void fourRepresentativePublicationsFail() {
            for (int i = 0; i < 3; i++) {
                form.addPublication(SampleForms.publication().title("论文" + i).build());
            }
            assertOnlyError("publicationAchievements", "代表作最多选3项");
        }

        @Test
        void fourRepresentativeProjectsFail() {
            for (int i = 0; i < 3; i++) {
                form.addProject(SampleForms.project().name("项目" + i).build());
            }
            assertOnlyError("projectAchievements", "业绩成果-项目情况");
        }

        @Test
        void threeRepresentativesPerItemPass() {
            for (int i = 0; i < 2; i++) {
                form.addPublication(SampleForms.publication().title("论文" + i).build());
                form.addProject(SampleForms.project().name("项目" + i).build());
            }
            form.addPublication(SampleForms.publication().title("论文x").representative(false).build());
            form.replaceAwards(List.of(SampleForms.award().representative(true).build(),
                    SampleForms.award().representative(true).build(), SampleForms.award().representative(true).build()));
            assertValid();
        }

        @Test
        void awardAfterTheMaterialCutoffFails() {
            form.updateAward(0, SampleForms.award().awardDate(LocalDate.of(2020, 9, 1)).build());
            assertOnlyError("awardAchievements[0].awardDate", "2020年8月31日");
        }

        @Test
        void projectFinishedAfterTheCutoffFails() {
            form.updateProject(0, SampleForms.project().endDate(LocalDate.of(2020, 10, 1)).build());
            assertOnlyError("projectAchievements[0].endDate", "材料时效");
        }

        @Test
        void patentAndPublicationAfterTheCutoffFail() {
            form.updatePatent(0, SampleForms.patent().grantDate(LocalDate.of(2020, 12, 1)).build());
            form.updatePublication(0, SampleForms.publication().publishedDate(LocalDate.of(2020, 9, 30)).build());
            assertErrors("patentAchievements[0].grantDate", "publicationAchievements[0].publishedDate");
        }

        @Test
        void achievementOnTheCutoffDayPasses() {
            form.updateAward(0, SampleForms.award().awardDate(LocalDate.of(2020, 8, 31)).build());
            assertValid();
        }

        @Test
        void runningProjectStartedBeforeTheCutoffPasses() {
            form.updateProject(0, SampleForms.project().status(CompletionStatus.IN_PROGRESS)
                    .endDate(LocalDate.of(2021, 12, 31)).build());
            assertValid();
        }
    }

    @Nested
    @DisplayName("个人自我评价 and 工作负面情况说明")
    class Statements {

        @Test
        void missingStatementFails() {
            form.evaluateSelf(form.getSelfEvaluation().toBuilder().statement(null).build());
            assertOnlyError("selfEvaluation.statement", "个人自我评价");
        }

        @Test
        void missingConditionItemsFail() {
            form.evaluateSelf(form.getSelfEvaluation().toBuilder().abilityItems("").achievementItems(null).build());
            assertErrors("selfEvaluation.abilityItems", "selfEvaluation.achievementItems");
        }

        @Test
        void statementOver500Fails() {
            form.evaluateSelf(form.getSelfEvaluation().toBuilder().statement("评".repeat(501)).build());
            assertOnlyError("selfEvaluation.statement", "不能超过500字");
        }

        @Test
        void statementOf500Passes() {
            form.evaluateSelf(form.getSelfEvaluation().toBuilder().statement("评".repeat(500)).build());
            assertValid();
        }

        @Test
        void nothingTickedFails() {
            form.stateNegativeRecord(NegativeRecord.empty());
            assertOnlyError("negativeRecord.circumstances", "工作负面情况说明");
        }

        @Test
        void noneOfTheseTickedPasses() {
            form.stateNegativeRecord(NegativeRecord.noneOfThese());
            assertValid();
        }

        @Test
        void noneOfTheseWithAnotherBoxFails() {
            form.stateNegativeRecord(NegativeRecord.of(
                    EnumSet.of(NegativeCircumstance.NONE, NegativeCircumstance.TEACHING_ACCIDENT), "2019年一次教学事故", null));
            assertOnlyError("negativeRecord.circumstances", "无上述情况");
        }

        @Test
        void negativeBoxWithoutDescriptionFails() {
            form.stateNegativeRecord(NegativeRecord.of(Set.of(NegativeCircumstance.REPRIMANDED_FOR_NEGLIGENCE), " ",
                    "已整改"));
            assertOnlyError("negativeRecord.description", "具体负面情况简要说明");
        }

        @Test
        void negativeBoxesWithDescriptionPass() {
            form.stateNegativeRecord(NegativeRecord.of(
                    Set.of(NegativeCircumstance.SAFETY_ACCIDENT, NegativeCircumstance.OTHER), "2018年一次安全责任事故，已处理",
                    null));
            assertValid();
        }
    }

    @Nested
    @DisplayName("附件")
    class Materials {

        @ParameterizedTest
        @ValueSource(strings = {"PHOTO", "PERSONAL_COMMITMENT", "EDUCATION_PROOF"})
        void missingAlwaysRequiredMaterialFails(String kindName) {
            MaterialKind kind = MaterialKind.valueOf(kindName);
            ctx.uploaded.remove(kind);
            assertOnlyError("materials." + kindName, kind.label() + "：暂未上传");
        }

        @Test
        void alwaysRequiredMaterialsUploadedPass() {
            ctx.uploaded.clear();
            ctx.uploaded.addAll(Set.of(MaterialKind.PHOTO, MaterialKind.PERSONAL_COMMITMENT,
                    MaterialKind.EDUCATION_PROOF));
            assertValid();
        }

        @Test
        void otherDeclaringUnitWithoutAffiliationProofFails() {
            ctx.unitName = "深圳市示例集团有限公司";
            assertOnlyError("materials.AFFILIATION_PROOF", "公司隶属关系证明");
        }

        @Test
        void otherDeclaringUnitWithAffiliationProofPasses() {
            ctx.unitName = "深圳市示例集团有限公司";
            ctx.uploaded.add(MaterialKind.AFFILIATION_PROOF);
            assertValid();
        }

        @Test
        void sameUnitWrittenWithOtherBracketsNeedsNoProof() {
            basic(b -> b.workUnit("深圳市示例（交通）科技有限公司"));
            ctx.unitName = "深圳市示例(交通)科技有限公司 ";
            assertValid();
        }

        @Test
        void exceptionalDeclarationWithoutRecommendationFails() {
            form.declare(SampleForms.declared().declarationType(DeclarationType.EXCEPTIONAL).build());
            assertOnlyError("materials.EXCEPTIONAL_RECOMMENDATION", "《广东省深圳市职称破格申报推荐表》");
        }

        @Test
        void exceptionalDeclarationWithRecommendationPasses() {
            form.declare(SampleForms.declared().declarationType(DeclarationType.EXCEPTIONAL).build());
            ctx.uploaded.add(MaterialKind.EXCEPTIONAL_RECOMMENDATION);
            assertValid();
        }
    }

    @Test
    void aCustomRuleListRunsOnlyThoseRules() {
        SubmitValidator onlyUnit = new SubmitValidator(List.of(SubmissionRules::unitChosen));
        ctx.unitName = null;
        form.withdrawCommitment();
        ValidationResult result = onlyUnit.validate(form, ctx);
        assertEquals(List.of("nextStep.unit"), result.errors().stream().map(FieldError::field).toList());
        assertFalse(result.isValid());
    }

    @Test
    void anEmptyDraftReportsWithoutFailing() {
        ValidationResult result = validator.validate(ApplicationForm.newDraft(), ctx);
        assertFalse(result.isValid());
        assertTrue(result.errors().size() > 20, result::toString);
        assertTrue(result.hasErrorFor("basicInfo.name"));
        assertTrue(result.hasErrorFor("selfEvaluation.statement"));
        assertTrue(result.hasErrorFor("commitmentAccepted"));
    }
}
