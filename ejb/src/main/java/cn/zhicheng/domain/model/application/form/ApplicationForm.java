package cn.zhicheng.domain.model.application.form;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 申报表: everything the applicant fills in for one application, section by section as in the manual
 * (第二章 个人申报). A draft may be saved in any state; {@code SubmitValidator} decides whether it can be
 * submitted. The owning {@code Application} holds this form (one to one) and the 申报下一环节信息 (the unit);
 * the form knows nothing of the application.
 *
 * <p>An embedded section whose columns are all empty comes back from the database as null; its getter then
 * answers an empty section, so callers never see null.
 */
@Entity
@Table(name = "application_form")
public class ApplicationForm {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @Version
    private long version;

    /** 本人已阅读并同意 the 《广东省深圳市职称申报承诺书》(个人), which states the eligibility of manual 1.1.2 (一). */
    @Column(name = "commitment_accepted", nullable = false)
    private boolean commitmentAccepted;

    @Column(name = "commitment_accepted_at")
    private LocalDateTime commitmentAcceptedAt;

    @Embedded
    private BasicInfo basicInfo;

    @Embedded
    private CurrentQualification currentQualification;

    @Embedded
    private DeclaredQualification declaredQualification;

    @Embedded
    private ExamResult examResult;

    @Embedded
    private SelfEvaluation selfEvaluation;

    @Embedded
    private NegativeRecord negativeRecord;

    /** 教育经历. */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "form_id")
    @OrderColumn(name = "position")
    private List<Education> educations = new ArrayList<>();

    /** 工作经历. */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "form_id")
    @OrderColumn(name = "position")
    private List<WorkExperience> workExperiences = new ArrayList<>();

    /** 专业行业组织职务. */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "form_id")
    @OrderColumn(name = "position")
    private List<OrganisationPost> organisationPosts = new ArrayList<>();

    /** 国内外进修情况. */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "form_id")
    @OrderColumn(name = "position")
    private List<FurtherStudy> furtherStudies = new ArrayList<>();

    /** 完成继续教育任务情况. */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "form_id")
    @OrderColumn(name = "position")
    private List<ContinuingEducation> continuingEducations = new ArrayList<>();

    /** 业绩成果-项目情况. */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "form_id")
    @OrderColumn(name = "position")
    private List<ProjectAchievement> projectAchievements = new ArrayList<>();

    /** 业绩成果-获奖情况. */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "form_id")
    @OrderColumn(name = "position")
    private List<AwardAchievement> awardAchievements = new ArrayList<>();

    /** 学术成果-论文/著作/技术分析报告. */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "form_id")
    @OrderColumn(name = "position")
    private List<PublicationAchievement> publicationAchievements = new ArrayList<>();

    /** 学术成果-专利及软件著作权. */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "form_id")
    @OrderColumn(name = "position")
    private List<PatentAchievement> patentAchievements = new ArrayList<>();

    protected ApplicationForm() {
    }

    /** A blank form, as the applicant sees it after 下一步 on the commitment page. */
    public static ApplicationForm newDraft() {
        return new ApplicationForm();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    // ---------------------------------------------------------------- 申报承诺

    /** The applicant ticks 本人已阅读并同意 under the personal commitment. */
    public void acceptCommitment(LocalDateTime at) {
        this.commitmentAccepted = true;
        this.commitmentAcceptedAt = Objects.requireNonNull(at);
    }

    public void withdrawCommitment() {
        this.commitmentAccepted = false;
        this.commitmentAcceptedAt = null;
    }

    public boolean isCommitmentAccepted() {
        return commitmentAccepted;
    }

    public LocalDateTime getCommitmentAcceptedAt() {
        return commitmentAcceptedAt;
    }

    // ---------------------------------------------------------------- sections

    public void updateBasicInfo(BasicInfo basicInfo) {
        this.basicInfo = Objects.requireNonNull(basicInfo);
    }

    public BasicInfo getBasicInfo() {
        return basicInfo != null ? basicInfo : BasicInfo.builder().build();
    }

    public void updateCurrentQualification(CurrentQualification currentQualification) {
        this.currentQualification = Objects.requireNonNull(currentQualification);
    }

    public CurrentQualification getCurrentQualification() {
        return currentQualification != null ? currentQualification : CurrentQualification.builder().build();
    }

    /** 申报的专业技术资格信息: the declaration type, the specialty and the integrity statement. */
    public void declare(DeclaredQualification declaredQualification) {
        this.declaredQualification = Objects.requireNonNull(declaredQualification);
    }

    public DeclaredQualification getDeclaredQualification() {
        return declaredQualification != null ? declaredQualification : DeclaredQualification.builder().build();
    }

    public void recordExamResult(ExamResult examResult) {
        this.examResult = Objects.requireNonNull(examResult);
    }

    public void clearExamResult() {
        this.examResult = null;
    }

    public ExamResult getExamResult() {
        return examResult != null ? examResult : ExamResult.builder().build();
    }

    public void evaluateSelf(SelfEvaluation selfEvaluation) {
        this.selfEvaluation = Objects.requireNonNull(selfEvaluation);
    }

    public SelfEvaluation getSelfEvaluation() {
        return selfEvaluation != null ? selfEvaluation : SelfEvaluation.builder().build();
    }

    public void stateNegativeRecord(NegativeRecord negativeRecord) {
        this.negativeRecord = Objects.requireNonNull(negativeRecord);
    }

    public NegativeRecord getNegativeRecord() {
        return negativeRecord != null ? negativeRecord : NegativeRecord.empty();
    }

    // ---------------------------------------------------------------- derived

    /**
     * 最高学历 for the publicity list: the education row of the highest comparable level (technician classes
     * count as their equivalent), the later graduation winning a tie.
     */
    public Optional<Education> highestEducation() {
        return educations.stream()
                .filter(e -> e.getLevel() != null)
                .max(Comparator.comparingInt((Education e) -> e.getLevel().rank())
                        .thenComparing(Education::getGraduationDate,
                                Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    /** Every 业绩成果 and 学术成果 row, in form order. */
    public List<Achievement> achievements() {
        List<Achievement> all = new ArrayList<>();
        all.addAll(projectAchievements);
        all.addAll(awardAchievements);
        all.addAll(publicationAchievements);
        all.addAll(patentAchievements);
        return all;
    }

    // ---------------------------------------------------------------- rows by id (what the screens use)

    /** Appends a row to the list of its kind; its id is assigned when the form is flushed. */
    public <R extends FormRow> R addRow(R row) {
        rowsOf(row.getClass()).add(Objects.requireNonNull(row));
        return row;
    }

    /** Overwrites, in place, the values of the row with this id in the list of the kind of {@code values}. */
    public void updateRow(long rowId, FormRow values) {
        row(values.getClass(), rowId).copyValuesFrom(Objects.requireNonNull(values));
    }

    /** Removes the row with this id from the list of its kind; the other rows keep their ids and order. */
    public void removeRow(Class<? extends FormRow> kind, long rowId) {
        rowsOf(kind).remove(row(kind, rowId));
    }

    private FormRow row(Class<? extends FormRow> kind, long rowId) {
        return rowsOf(kind).stream().filter(r -> r.getId() != null && r.getId() == rowId).findFirst()
                .orElseThrow(() -> new FormRowNotFoundException(labelOf(kind)));
    }

    @SuppressWarnings("unchecked")
    private List<FormRow> rowsOf(Class<? extends FormRow> kind) {
        List<? extends FormRow> rows;
        if (kind == Education.class) {
            rows = educations;
        } else if (kind == WorkExperience.class) {
            rows = workExperiences;
        } else if (kind == OrganisationPost.class) {
            rows = organisationPosts;
        } else if (kind == FurtherStudy.class) {
            rows = furtherStudies;
        } else if (kind == ContinuingEducation.class) {
            rows = continuingEducations;
        } else if (kind == ProjectAchievement.class) {
            rows = projectAchievements;
        } else if (kind == AwardAchievement.class) {
            rows = awardAchievements;
        } else if (kind == PublicationAchievement.class) {
            rows = publicationAchievements;
        } else if (kind == PatentAchievement.class) {
            rows = patentAchievements;
        } else {
            throw new IllegalArgumentException("not a list of the form: " + kind);
        }
        // each list holds only its own kind: addRow and removeRow go through here with that kind
        return (List<FormRow>) rows;
    }

    private static String labelOf(Class<? extends FormRow> kind) {
        return Map.of(Education.class, "教育经历", WorkExperience.class, "工作经历", OrganisationPost.class, "专业行业组织职务",
                FurtherStudy.class, "国内外进修情况", ContinuingEducation.class, "完成继续教育任务情况",
                ProjectAchievement.class, "业绩成果-项目情况", AwardAchievement.class, "业绩成果-获奖情况",
                PublicationAchievement.class, "学术成果-论文、著作、技术分析报告",
                PatentAchievement.class, "学术成果-专利及软件著作权").getOrDefault(kind, kind.getSimpleName());
    }

    // ---------------------------------------------------------------- 教育经历

    public List<Education> getEducations() {
        return Collections.unmodifiableList(educations);
    }

    public void addEducation(Education row) {
        educations.add(Objects.requireNonNull(row));
    }

    /** Overwrites the values of the row at {@code index} (zero-based), keeping the row itself. */
    public void updateEducation(int index, Education values) {
        educations.get(index).copyFrom(Objects.requireNonNull(values));
    }

    public void removeEducation(int index) {
        educations.remove(index);
    }

    public void replaceEducations(List<Education> rows) {
        educations.clear();
        rows.forEach(this::addEducation);
    }

    // ---------------------------------------------------------------- 工作经历

    public List<WorkExperience> getWorkExperiences() {
        return Collections.unmodifiableList(workExperiences);
    }

    public void addWorkExperience(WorkExperience row) {
        workExperiences.add(Objects.requireNonNull(row));
    }

    /** Overwrites the values of the row at {@code index} (zero-based), keeping the row itself. */
    public void updateWorkExperience(int index, WorkExperience values) {
        workExperiences.get(index).copyFrom(Objects.requireNonNull(values));
    }

    public void removeWorkExperience(int index) {
        workExperiences.remove(index);
    }

    public void replaceWorkExperiences(List<WorkExperience> rows) {
        workExperiences.clear();
        rows.forEach(this::addWorkExperience);
    }

    // ---------------------------------------------------------------- 专业行业组织职务

    public List<OrganisationPost> getOrganisationPosts() {
        return Collections.unmodifiableList(organisationPosts);
    }

    public void addOrganisationPost(OrganisationPost row) {
        organisationPosts.add(Objects.requireNonNull(row));
    }

    /** Overwrites the values of the row at {@code index} (zero-based), keeping the row itself. */
    public void updateOrganisationPost(int index, OrganisationPost values) {
        organisationPosts.get(index).copyFrom(Objects.requireNonNull(values));
    }

    public void removeOrganisationPost(int index) {
        organisationPosts.remove(index);
    }

    public void replaceOrganisationPosts(List<OrganisationPost> rows) {
        organisationPosts.clear();
        rows.forEach(this::addOrganisationPost);
    }

    // ---------------------------------------------------------------- 国内外进修情况

    public List<FurtherStudy> getFurtherStudies() {
        return Collections.unmodifiableList(furtherStudies);
    }

    public void addFurtherStudy(FurtherStudy row) {
        furtherStudies.add(Objects.requireNonNull(row));
    }

    /** Overwrites the values of the row at {@code index} (zero-based), keeping the row itself. */
    public void updateFurtherStudy(int index, FurtherStudy values) {
        furtherStudies.get(index).copyFrom(Objects.requireNonNull(values));
    }

    public void removeFurtherStudy(int index) {
        furtherStudies.remove(index);
    }

    public void replaceFurtherStudies(List<FurtherStudy> rows) {
        furtherStudies.clear();
        rows.forEach(this::addFurtherStudy);
    }

    // ---------------------------------------------------------------- 完成继续教育任务情况

    public List<ContinuingEducation> getContinuingEducations() {
        return Collections.unmodifiableList(continuingEducations);
    }

    public void addContinuingEducation(ContinuingEducation row) {
        continuingEducations.add(Objects.requireNonNull(row));
    }

    /** Overwrites the values of the row at {@code index} (zero-based), keeping the row itself. */
    public void updateContinuingEducation(int index, ContinuingEducation values) {
        continuingEducations.get(index).copyFrom(Objects.requireNonNull(values));
    }

    public void removeContinuingEducation(int index) {
        continuingEducations.remove(index);
    }

    public void replaceContinuingEducations(List<ContinuingEducation> rows) {
        continuingEducations.clear();
        rows.forEach(this::addContinuingEducation);
    }

    // ---------------------------------------------------------------- 业绩成果-项目情况

    public List<ProjectAchievement> getProjectAchievements() {
        return Collections.unmodifiableList(projectAchievements);
    }

    public void addProject(ProjectAchievement row) {
        projectAchievements.add(Objects.requireNonNull(row));
    }

    /** Overwrites the values of the row at {@code index} (zero-based), keeping the row itself. */
    public void updateProject(int index, ProjectAchievement values) {
        projectAchievements.get(index).copyFrom(Objects.requireNonNull(values));
    }

    public void removeProject(int index) {
        projectAchievements.remove(index);
    }

    public void replaceProjects(List<ProjectAchievement> rows) {
        projectAchievements.clear();
        rows.forEach(this::addProject);
    }

    // ---------------------------------------------------------------- 业绩成果-获奖情况

    public List<AwardAchievement> getAwardAchievements() {
        return Collections.unmodifiableList(awardAchievements);
    }

    public void addAward(AwardAchievement row) {
        awardAchievements.add(Objects.requireNonNull(row));
    }

    /** Overwrites the values of the row at {@code index} (zero-based), keeping the row itself. */
    public void updateAward(int index, AwardAchievement values) {
        awardAchievements.get(index).copyFrom(Objects.requireNonNull(values));
    }

    public void removeAward(int index) {
        awardAchievements.remove(index);
    }

    public void replaceAwards(List<AwardAchievement> rows) {
        awardAchievements.clear();
        rows.forEach(this::addAward);
    }

    // ---------------------------------------------------------------- 学术成果-论文/著作/技术分析报告

    public List<PublicationAchievement> getPublicationAchievements() {
        return Collections.unmodifiableList(publicationAchievements);
    }

    public void addPublication(PublicationAchievement row) {
        publicationAchievements.add(Objects.requireNonNull(row));
    }

    /** Overwrites the values of the row at {@code index} (zero-based), keeping the row itself. */
    public void updatePublication(int index, PublicationAchievement values) {
        publicationAchievements.get(index).copyFrom(Objects.requireNonNull(values));
    }

    public void removePublication(int index) {
        publicationAchievements.remove(index);
    }

    public void replacePublications(List<PublicationAchievement> rows) {
        publicationAchievements.clear();
        rows.forEach(this::addPublication);
    }

    // ---------------------------------------------------------------- 学术成果-专利及软件著作权

    public List<PatentAchievement> getPatentAchievements() {
        return Collections.unmodifiableList(patentAchievements);
    }

    public void addPatent(PatentAchievement row) {
        patentAchievements.add(Objects.requireNonNull(row));
    }

    /** Overwrites the values of the row at {@code index} (zero-based), keeping the row itself. */
    public void updatePatent(int index, PatentAchievement values) {
        patentAchievements.get(index).copyFrom(Objects.requireNonNull(values));
    }

    public void removePatent(int index) {
        patentAchievements.remove(index);
    }

    public void replacePatents(List<PatentAchievement> rows) {
        patentAchievements.clear();
        rows.forEach(this::addPatent);
    }
}
