package cn.zhicheng.application.internal;

import java.util.List;
import java.util.function.Function;

import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.application.form.AwardRow;
import cn.zhicheng.application.form.BasicInfoSection;
import cn.zhicheng.application.form.CommitmentSection;
import cn.zhicheng.application.form.ContinuingEducationRow;
import cn.zhicheng.application.form.CurrentQualificationSection;
import cn.zhicheng.application.form.DeclaredQualificationSection;
import cn.zhicheng.application.form.EducationRow;
import cn.zhicheng.application.form.ExamResultSection;
import cn.zhicheng.application.form.FormList;
import cn.zhicheng.application.form.FormListRow;
import cn.zhicheng.application.form.FurtherStudyRow;
import cn.zhicheng.application.form.NegativeRecordSection;
import cn.zhicheng.application.form.OrganisationPostRow;
import cn.zhicheng.application.form.PatentRow;
import cn.zhicheng.application.form.ProjectRow;
import cn.zhicheng.application.form.PublicationRow;
import cn.zhicheng.application.form.SelfEvaluationSection;
import cn.zhicheng.application.form.WorkExperienceRow;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.domain.model.application.form.AwardAchievement;
import cn.zhicheng.domain.model.application.form.BasicInfo;
import cn.zhicheng.domain.model.application.form.ContinuingEducation;
import cn.zhicheng.domain.model.application.form.CurrentQualification;
import cn.zhicheng.domain.model.application.form.DeclaredQualification;
import cn.zhicheng.domain.model.application.form.Education;
import cn.zhicheng.domain.model.application.form.ExamResult;
import cn.zhicheng.domain.model.application.form.FormRow;
import cn.zhicheng.domain.model.application.form.FurtherStudy;
import cn.zhicheng.domain.model.application.form.NegativeRecord;
import cn.zhicheng.domain.model.application.form.OrganisationPost;
import cn.zhicheng.domain.model.application.form.PatentAchievement;
import cn.zhicheng.domain.model.application.form.ProjectAchievement;
import cn.zhicheng.domain.model.application.form.PublicationAchievement;
import cn.zhicheng.domain.model.application.form.SelfEvaluation;
import cn.zhicheng.domain.model.application.form.WorkExperience;
import cn.zhicheng.domain.model.catalogue.Specialty;

/**
 * Maps the form between its entities and the screens' DTOs ({@code cn.zhicheng.application.form}), field by field
 * and nothing else: which values are acceptable is the domain's business (the entities' intent methods and the
 * submit rules), and the specialty is resolved by the service from the database.
 */
public final class FormAssembler {

    private FormAssembler() {
    }

    /** The whole form of an application, with the header the screen needs to write it back (version, editable). */
    public static ApplicationFormView toView(Application application) {
        ApplicationFormView view = toView(application.getForm());
        view.setApplicationId(application.getId());
        view.setSerialNo(application.getSerialNo());
        view.setState(application.getState());
        view.setVersion(application.getVersion());
        view.setEditable(application.isEditable());
        return view;
    }

    /** The sections and rows of a form, without the application's header. */
    public static ApplicationFormView toView(ApplicationForm form) {
        ApplicationFormView view = new ApplicationFormView();
        CommitmentSection commitment = new CommitmentSection(form.isCommitmentAccepted());
        commitment.setAcceptedAt(form.getCommitmentAcceptedAt());
        view.setCommitment(commitment);
        view.setBasicInfo(toBasicInfoSection(form.getBasicInfo()));
        view.setCurrentQualification(toCurrentQualificationSection(form.getCurrentQualification()));
        view.setDeclaredQualification(toDeclaredQualificationSection(form.getDeclaredQualification()));
        view.setExamResult(toExamResultSection(form.getExamResult()));
        view.setSelfEvaluation(toSelfEvaluationSection(form.getSelfEvaluation()));
        view.setNegativeRecord(toNegativeRecordSection(form.getNegativeRecord()));
        view.setEducations(map(form.getEducations(), FormAssembler::toEducationRow));
        view.setWorkExperiences(map(form.getWorkExperiences(), FormAssembler::toWorkExperienceRow));
        view.setOrganisationPosts(map(form.getOrganisationPosts(), FormAssembler::toOrganisationPostRow));
        view.setFurtherStudies(map(form.getFurtherStudies(), FormAssembler::toFurtherStudyRow));
        view.setContinuingEducations(map(form.getContinuingEducations(), FormAssembler::toContinuingEducationRow));
        view.setProjects(map(form.getProjectAchievements(), FormAssembler::toProjectRow));
        view.setAwards(map(form.getAwardAchievements(), FormAssembler::toAwardRow));
        view.setPublications(map(form.getPublicationAchievements(), FormAssembler::toPublicationRow));
        view.setPatents(map(form.getPatentAchievements(), FormAssembler::toPatentRow));
        return view;
    }

    static DeclaredQualificationSection toDeclaredQualificationSection(DeclaredQualification entity) {
        DeclaredQualificationSection dto = new DeclaredQualificationSection();
        dto.setDeclarationType(entity.getDeclarationType());
        dto.setOtherDeclarations(entity.getOtherDeclarations());
        dto.setOtherDeclarationNames(entity.getOtherDeclarationNames());
        Specialty specialty = entity.getSpecialty();
        if (specialty != null) {
            dto.setSpecialtyId(specialty.getId());
            dto.derived(specialty.getSeries().getName(), specialty.getTitle().getLevel(), specialty.getTitle().getName(),
                    specialty.getName(), specialty.getCommittee().getName(), specialty.getCommittee().getOffice().getName(),
                    specialty.getExamMode());
        }
        return dto;
    }

    /** The declaration with the specialty the service loaded for {@code dto.getSpecialtyId()} (null: none chosen). */
    public static DeclaredQualification toEntity(DeclaredQualificationSection dto, Specialty specialty) {
        return DeclaredQualification.builder()
                .declarationType(dto.getDeclarationType())
                .specialty(specialty)
                .otherDeclarations(dto.getOtherDeclarations())
                .otherDeclarationNames(dto.getOtherDeclarationNames())
                .build();
    }

    static NegativeRecordSection toNegativeRecordSection(NegativeRecord entity) {
        NegativeRecordSection dto = new NegativeRecordSection();
        dto.setCircumstances(List.copyOf(entity.getCircumstances()));
        dto.setDescription(entity.getDescription());
        dto.setApplicantStatement(entity.getApplicantStatement());
        return dto;
    }

    public static NegativeRecord toEntity(NegativeRecordSection dto) {
        return NegativeRecord.of(dto.getCircumstances(), dto.getDescription(), dto.getApplicantStatement());
    }

    /** A row DTO of any list. */
    public static FormListRow toRow(FormRow entity) {
        if (entity instanceof Education e) {
            return toEducationRow(e);
        } else if (entity instanceof WorkExperience e) {
            return toWorkExperienceRow(e);
        } else if (entity instanceof OrganisationPost e) {
            return toOrganisationPostRow(e);
        } else if (entity instanceof FurtherStudy e) {
            return toFurtherStudyRow(e);
        } else if (entity instanceof ContinuingEducation e) {
            return toContinuingEducationRow(e);
        } else if (entity instanceof ProjectAchievement e) {
            return toProjectRow(e);
        } else if (entity instanceof AwardAchievement e) {
            return toAwardRow(e);
        } else if (entity instanceof PublicationAchievement e) {
            return toPublicationRow(e);
        } else if (entity instanceof PatentAchievement e) {
            return toPatentRow(e);
        }
        throw new IllegalArgumentException("not a row of the form: " + entity.getClass());
    }

    /** The values of a row DTO as a new, detached row entity (to add, or to overwrite a row in place). */
    public static FormRow toEntity(FormListRow dto) {
        if (dto instanceof EducationRow r) {
            return toEntity(r);
        } else if (dto instanceof WorkExperienceRow r) {
            return toEntity(r);
        } else if (dto instanceof OrganisationPostRow r) {
            return toEntity(r);
        } else if (dto instanceof FurtherStudyRow r) {
            return toEntity(r);
        } else if (dto instanceof ContinuingEducationRow r) {
            return toEntity(r);
        } else if (dto instanceof ProjectRow r) {
            return toEntity(r);
        } else if (dto instanceof AwardRow r) {
            return toEntity(r);
        } else if (dto instanceof PublicationRow r) {
            return toEntity(r);
        } else if (dto instanceof PatentRow r) {
            return toEntity(r);
        }
        throw new IllegalArgumentException("not a row of the form: " + dto.getClass());
    }

    /** The entity class of a list. */
    public static Class<? extends FormRow> entityKind(FormList list) {
        return switch (list) {
            case EDUCATION -> Education.class;
            case WORK_EXPERIENCE -> WorkExperience.class;
            case ORGANISATION_POST -> OrganisationPost.class;
            case FURTHER_STUDY -> FurtherStudy.class;
            case CONTINUING_EDUCATION -> ContinuingEducation.class;
            case PROJECT -> ProjectAchievement.class;
            case AWARD -> AwardAchievement.class;
            case PUBLICATION -> PublicationAchievement.class;
            case PATENT -> PatentAchievement.class;
        };
    }

    private static <E, D> List<D> map(List<E> entities, Function<E, D> toDto) {
        return new java.util.ArrayList<>(entities.stream().map(toDto).toList());
    }

    // ---------------------------------------------------------------- field by field

    static BasicInfoSection toBasicInfoSection(BasicInfo entity) {
        BasicInfoSection dto = new BasicInfoSection();
        dto.setName(entity.getName());
        dto.setGender(entity.getGender());
        dto.setIdType(entity.getIdType());
        dto.setIdNumber(entity.getIdNumber());
        dto.setBirthDate(entity.getBirthDate());
        dto.setPhone(entity.getPhone());
        dto.setNationality(entity.getNationality());
        dto.setWorkStartDate(entity.getWorkStartDate());
        dto.setInsuredUnitName(entity.getInsuredUnitName());
        dto.setInsuredUnitOrgCode(entity.getInsuredUnitOrgCode());
        dto.setWorkUnit(entity.getWorkUnit());
        dto.setEmail(entity.getEmail());
        dto.setHouseholdRegistration(entity.getHouseholdRegistration());
        dto.setEthnicity(entity.getEthnicity());
        dto.setPoliticalStatus(entity.getPoliticalStatus());
        return dto;
    }

    static CurrentQualificationSection toCurrentQualificationSection(CurrentQualification entity) {
        CurrentQualificationSection dto = new CurrentQualificationSection();
        dto.setQualificationType(entity.getQualificationType());
        dto.setQualificationName(entity.getQualificationName());
        dto.setSeriesName(entity.getSeriesName());
        dto.setLevel(entity.getLevel());
        dto.setObtainedDate(entity.getObtainedDate());
        dto.setObtainMode(entity.getObtainMode());
        dto.setIssuer(entity.getIssuer());
        dto.setCurrentPost(entity.getCurrentPost());
        dto.setHiredDate(entity.getHiredDate());
        dto.setOutsideProvince(entity.getOutsideProvince());
        dto.setPractisedSpecialty(entity.getPractisedSpecialty());
        dto.setYearsInSpecialty(entity.getYearsInSpecialty());
        return dto;
    }

    static ExamResultSection toExamResultSection(ExamResult entity) {
        ExamResultSection dto = new ExamResultSection();
        dto.setAdmissionTicketNo(entity.getAdmissionTicketNo());
        dto.setExamStart(entity.getExamStart());
        dto.setExamEnd(entity.getExamEnd());
        dto.setSubject(entity.getSubject());
        dto.setScore(entity.getScore());
        dto.setVenue(entity.getVenue());
        return dto;
    }

    static SelfEvaluationSection toSelfEvaluationSection(SelfEvaluation entity) {
        SelfEvaluationSection dto = new SelfEvaluationSection();
        dto.setAbilityItems(entity.getAbilityItems());
        dto.setAchievementItems(entity.getAchievementItems());
        dto.setStatement(entity.getStatement());
        return dto;
    }

    static EducationRow toEducationRow(Education entity) {
        EducationRow dto = new EducationRow();
        dto.setId(entity.getId());
        dto.setCertificateNo(entity.getCertificateNo());
        dto.setSchool(entity.getSchool());
        dto.setEnrolmentDate(entity.getEnrolmentDate());
        dto.setGraduationDate(entity.getGraduationDate());
        dto.setDegree(entity.getDegree());
        dto.setMajorName(entity.getMajorName());
        dto.setLevel(entity.getLevel());
        dto.setStudyMode(entity.getStudyMode());
        dto.setRegion(entity.getRegion());
        dto.setUsedForApplication(entity.getUsedForApplication());
        return dto;
    }

    static WorkExperienceRow toWorkExperienceRow(WorkExperience entity) {
        WorkExperienceRow dto = new WorkExperienceRow();
        dto.setId(entity.getId());
        dto.setStartDate(entity.getStartDate());
        dto.setEndDate(entity.getEndDate());
        dto.setWorkplace(entity.getWorkplace());
        dto.setPost(entity.getPost());
        dto.setMainContent(entity.getMainContent());
        dto.setWitness(entity.getWitness());
        return dto;
    }

    static OrganisationPostRow toOrganisationPostRow(OrganisationPost entity) {
        OrganisationPostRow dto = new OrganisationPostRow();
        dto.setId(entity.getId());
        dto.setStartDate(entity.getStartDate());
        dto.setEndDate(entity.getEndDate());
        dto.setOrganisationName(entity.getOrganisationName());
        dto.setPost(entity.getPost());
        return dto;
    }

    static FurtherStudyRow toFurtherStudyRow(FurtherStudy entity) {
        FurtherStudyRow dto = new FurtherStudyRow();
        dto.setId(entity.getId());
        dto.setStartDate(entity.getStartDate());
        dto.setEndDate(entity.getEndDate());
        dto.setInstitution(entity.getInstitution());
        dto.setCountryOrRegion(entity.getCountryOrRegion());
        dto.setContent(entity.getContent());
        return dto;
    }

    static ContinuingEducationRow toContinuingEducationRow(ContinuingEducation entity) {
        ContinuingEducationRow dto = new ContinuingEducationRow();
        dto.setId(entity.getId());
        dto.setStartDate(entity.getStartDate());
        dto.setEndDate(entity.getEndDate());
        dto.setCourseName(entity.getCourseName());
        dto.setOrganiser(entity.getOrganiser());
        dto.setHours(entity.getHours());
        return dto;
    }

    static ProjectRow toProjectRow(ProjectAchievement entity) {
        ProjectRow dto = new ProjectRow();
        dto.setId(entity.getId());
        dto.setCategory(entity.getCategory());
        dto.setName(entity.getName());
        dto.setLevel(entity.getLevel());
        dto.setRole(entity.getRole());
        dto.setStartDate(entity.getStartDate());
        dto.setEndDate(entity.getEndDate());
        dto.setStatus(entity.getStatus());
        dto.setRepresentative(entity.getRepresentative());
        dto.setSummary(entity.getSummary());
        dto.setSource(entity.getSource());
        dto.setProjectNo(entity.getProjectNo());
        return dto;
    }

    static AwardRow toAwardRow(AwardAchievement entity) {
        AwardRow dto = new AwardRow();
        dto.setId(entity.getId());
        dto.setProjectName(entity.getProjectName());
        dto.setAwardName(entity.getAwardName());
        dto.setLevel(entity.getLevel());
        dto.setGrade(entity.getGrade());
        dto.setAwardDate(entity.getAwardDate());
        dto.setIssuer(entity.getIssuer());
        dto.setRank(entity.getRank());
        dto.setRepresentative(entity.getRepresentative());
        return dto;
    }

    static PublicationRow toPublicationRow(PublicationAchievement entity) {
        PublicationRow dto = new PublicationRow();
        dto.setId(entity.getId());
        dto.setType(entity.getType());
        dto.setTitle(entity.getTitle());
        dto.setPublishedDate(entity.getPublishedDate());
        dto.setPublisher(entity.getPublisher());
        dto.setSerialNo(entity.getSerialNo());
        dto.setAuthorRole(entity.getAuthorRole());
        dto.setWordsWritten(entity.getWordsWritten());
        dto.setRepresentative(entity.getRepresentative());
        return dto;
    }

    static PatentRow toPatentRow(PatentAchievement entity) {
        PatentRow dto = new PatentRow();
        dto.setId(entity.getId());
        dto.setType(entity.getType());
        dto.setName(entity.getName());
        dto.setPatentKind(entity.getPatentKind());
        dto.setRegistrationNo(entity.getRegistrationNo());
        dto.setGrantDate(entity.getGrantDate());
        dto.setRank(entity.getRank());
        dto.setRepresentative(entity.getRepresentative());
        return dto;
    }

    public static BasicInfo toEntity(BasicInfoSection dto) {
        return BasicInfo.builder()
                .name(dto.getName())
                .gender(dto.getGender())
                .idType(dto.getIdType())
                .idNumber(dto.getIdNumber())
                .birthDate(dto.getBirthDate())
                .phone(dto.getPhone())
                .nationality(dto.getNationality())
                .workStartDate(dto.getWorkStartDate())
                .insuredUnitName(dto.getInsuredUnitName())
                .insuredUnitOrgCode(dto.getInsuredUnitOrgCode())
                .workUnit(dto.getWorkUnit())
                .email(dto.getEmail())
                .householdRegistration(dto.getHouseholdRegistration())
                .ethnicity(dto.getEthnicity())
                .politicalStatus(dto.getPoliticalStatus())
                .build();
    }

    public static CurrentQualification toEntity(CurrentQualificationSection dto) {
        return CurrentQualification.builder()
                .qualificationType(dto.getQualificationType())
                .qualificationName(dto.getQualificationName())
                .seriesName(dto.getSeriesName())
                .level(dto.getLevel())
                .obtainedDate(dto.getObtainedDate())
                .obtainMode(dto.getObtainMode())
                .issuer(dto.getIssuer())
                .currentPost(dto.getCurrentPost())
                .hiredDate(dto.getHiredDate())
                .outsideProvince(dto.getOutsideProvince())
                .practisedSpecialty(dto.getPractisedSpecialty())
                .yearsInSpecialty(dto.getYearsInSpecialty())
                .build();
    }

    public static ExamResult toEntity(ExamResultSection dto) {
        return ExamResult.builder()
                .admissionTicketNo(dto.getAdmissionTicketNo())
                .examStart(dto.getExamStart())
                .examEnd(dto.getExamEnd())
                .subject(dto.getSubject())
                .score(dto.getScore())
                .venue(dto.getVenue())
                .build();
    }

    public static SelfEvaluation toEntity(SelfEvaluationSection dto) {
        return SelfEvaluation.builder()
                .abilityItems(dto.getAbilityItems())
                .achievementItems(dto.getAchievementItems())
                .statement(dto.getStatement())
                .build();
    }

    public static Education toEntity(EducationRow dto) {
        return Education.builder()
                .certificateNo(dto.getCertificateNo())
                .school(dto.getSchool())
                .enrolmentDate(dto.getEnrolmentDate())
                .graduationDate(dto.getGraduationDate())
                .degree(dto.getDegree())
                .majorName(dto.getMajorName())
                .level(dto.getLevel())
                .studyMode(dto.getStudyMode())
                .region(dto.getRegion())
                .usedForApplication(dto.getUsedForApplication())
                .build();
    }

    public static WorkExperience toEntity(WorkExperienceRow dto) {
        return WorkExperience.builder()
                .startDate(dto.getStartDate())
                .endDate(dto.getEndDate())
                .workplace(dto.getWorkplace())
                .post(dto.getPost())
                .mainContent(dto.getMainContent())
                .witness(dto.getWitness())
                .build();
    }

    public static OrganisationPost toEntity(OrganisationPostRow dto) {
        return OrganisationPost.builder()
                .startDate(dto.getStartDate())
                .endDate(dto.getEndDate())
                .organisationName(dto.getOrganisationName())
                .post(dto.getPost())
                .build();
    }

    public static FurtherStudy toEntity(FurtherStudyRow dto) {
        return FurtherStudy.builder()
                .startDate(dto.getStartDate())
                .endDate(dto.getEndDate())
                .institution(dto.getInstitution())
                .countryOrRegion(dto.getCountryOrRegion())
                .content(dto.getContent())
                .build();
    }

    public static ContinuingEducation toEntity(ContinuingEducationRow dto) {
        return ContinuingEducation.builder()
                .startDate(dto.getStartDate())
                .endDate(dto.getEndDate())
                .courseName(dto.getCourseName())
                .organiser(dto.getOrganiser())
                .hours(dto.getHours())
                .build();
    }

    public static ProjectAchievement toEntity(ProjectRow dto) {
        return ProjectAchievement.builder()
                .category(dto.getCategory())
                .name(dto.getName())
                .level(dto.getLevel())
                .role(dto.getRole())
                .startDate(dto.getStartDate())
                .endDate(dto.getEndDate())
                .status(dto.getStatus())
                .representative(dto.getRepresentative())
                .summary(dto.getSummary())
                .source(dto.getSource())
                .projectNo(dto.getProjectNo())
                .build();
    }

    public static AwardAchievement toEntity(AwardRow dto) {
        return AwardAchievement.builder()
                .projectName(dto.getProjectName())
                .awardName(dto.getAwardName())
                .level(dto.getLevel())
                .grade(dto.getGrade())
                .awardDate(dto.getAwardDate())
                .issuer(dto.getIssuer())
                .rank(dto.getRank())
                .representative(dto.getRepresentative())
                .build();
    }

    public static PublicationAchievement toEntity(PublicationRow dto) {
        return PublicationAchievement.builder()
                .type(dto.getType())
                .title(dto.getTitle())
                .publishedDate(dto.getPublishedDate())
                .publisher(dto.getPublisher())
                .serialNo(dto.getSerialNo())
                .authorRole(dto.getAuthorRole())
                .wordsWritten(dto.getWordsWritten())
                .representative(dto.getRepresentative())
                .build();
    }

    public static PatentAchievement toEntity(PatentRow dto) {
        return PatentAchievement.builder()
                .type(dto.getType())
                .name(dto.getName())
                .patentKind(dto.getPatentKind())
                .registrationNo(dto.getRegistrationNo())
                .grantDate(dto.getGrantDate())
                .rank(dto.getRank())
                .representative(dto.getRepresentative())
                .build();
    }
}
