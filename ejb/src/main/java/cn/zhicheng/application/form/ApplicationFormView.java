package cn.zhicheng.application.form;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import cn.zhicheng.domain.model.application.ApplicationState;

/** The whole 申报表 of one application as read by {@code FormService.form}: every section and every row. */
public class ApplicationFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    private long applicationId;
    private String serialNo;
    private ApplicationState state;
    private long version;
    private boolean editable;
    private CommitmentSection commitment;
    private BasicInfoSection basicInfo;
    private CurrentQualificationSection currentQualification;
    private DeclaredQualificationSection declaredQualification;
    private ExamResultSection examResult;
    private SelfEvaluationSection selfEvaluation;
    private NegativeRecordSection negativeRecord;
    private List<EducationRow> educations = new ArrayList<>();
    private List<WorkExperienceRow> workExperiences = new ArrayList<>();
    private List<OrganisationPostRow> organisationPosts = new ArrayList<>();
    private List<FurtherStudyRow> furtherStudies = new ArrayList<>();
    private List<ContinuingEducationRow> continuingEducations = new ArrayList<>();
    private List<ProjectRow> projects = new ArrayList<>();
    private List<AwardRow> awards = new ArrayList<>();
    private List<PublicationRow> publications = new ArrayList<>();
    private List<PatentRow> patents = new ArrayList<>();

    public ApplicationFormView() {
    }

    /** Every single section, in form order (e.g. to save a whole form section by section). */
    public List<FormSection> sections() {
        return List.of(commitment, basicInfo, currentQualification, declaredQualification, examResult, selfEvaluation,
                negativeRecord);
    }

    /** Every row of every list, list by list in form order. */
    public List<FormListRow> rows() {
        List<FormListRow> all = new ArrayList<>();
        all.addAll(educations);
        all.addAll(workExperiences);
        all.addAll(organisationPosts);
        all.addAll(furtherStudies);
        all.addAll(continuingEducations);
        all.addAll(projects);
        all.addAll(awards);
        all.addAll(publications);
        all.addAll(patents);
        return all;
    }

    /** The application this form belongs to. */
    public long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(long applicationId) {
        this.applicationId = applicationId;
    }

    /** 业务流水号. */
    public String getSerialNo() {
        return serialNo;
    }

    public void setSerialNo(String serialNo) {
        this.serialNo = serialNo;
    }

    /** The application's state when read. */
    public ApplicationState getState() {
        return state;
    }

    public void setState(ApplicationState state) {
        this.state = state;
    }

    /** The application's version when read: the {@code expectedVersion} of the next write. */
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** Whether the applicant may change it now (草稿 or 退回修改). */
    public boolean isEditable() {
        return editable;
    }

    public void setEditable(boolean editable) {
        this.editable = editable;
    }

    /** 申报承诺. */
    public CommitmentSection getCommitment() {
        return commitment;
    }

    public void setCommitment(CommitmentSection commitment) {
        this.commitment = commitment;
    }

    /** 基本信息. */
    public BasicInfoSection getBasicInfo() {
        return basicInfo;
    }

    public void setBasicInfo(BasicInfoSection basicInfo) {
        this.basicInfo = basicInfo;
    }

    /** 现专业技术资格职务信息. */
    public CurrentQualificationSection getCurrentQualification() {
        return currentQualification;
    }

    public void setCurrentQualification(CurrentQualificationSection currentQualification) {
        this.currentQualification = currentQualification;
    }

    /** 申报的专业技术资格信息. */
    public DeclaredQualificationSection getDeclaredQualification() {
        return declaredQualification;
    }

    public void setDeclaredQualification(DeclaredQualificationSection declaredQualification) {
        this.declaredQualification = declaredQualification;
    }

    /** 专业实践能力考试成绩. */
    public ExamResultSection getExamResult() {
        return examResult;
    }

    public void setExamResult(ExamResultSection examResult) {
        this.examResult = examResult;
    }

    /** 个人自我评价. */
    public SelfEvaluationSection getSelfEvaluation() {
        return selfEvaluation;
    }

    public void setSelfEvaluation(SelfEvaluationSection selfEvaluation) {
        this.selfEvaluation = selfEvaluation;
    }

    /** 工作负面情况说明. */
    public NegativeRecordSection getNegativeRecord() {
        return negativeRecord;
    }

    public void setNegativeRecord(NegativeRecordSection negativeRecord) {
        this.negativeRecord = negativeRecord;
    }

    /** 教育经历, in form order. */
    public List<EducationRow> getEducations() {
        return educations;
    }

    public void setEducations(List<EducationRow> educations) {
        this.educations = educations;
    }

    /** 工作经历, in form order. */
    public List<WorkExperienceRow> getWorkExperiences() {
        return workExperiences;
    }

    public void setWorkExperiences(List<WorkExperienceRow> workExperiences) {
        this.workExperiences = workExperiences;
    }

    /** 专业行业组织职务, in form order. */
    public List<OrganisationPostRow> getOrganisationPosts() {
        return organisationPosts;
    }

    public void setOrganisationPosts(List<OrganisationPostRow> organisationPosts) {
        this.organisationPosts = organisationPosts;
    }

    /** 国内外进修情况, in form order. */
    public List<FurtherStudyRow> getFurtherStudies() {
        return furtherStudies;
    }

    public void setFurtherStudies(List<FurtherStudyRow> furtherStudies) {
        this.furtherStudies = furtherStudies;
    }

    /** 完成继续教育任务情况, in form order. */
    public List<ContinuingEducationRow> getContinuingEducations() {
        return continuingEducations;
    }

    public void setContinuingEducations(List<ContinuingEducationRow> continuingEducations) {
        this.continuingEducations = continuingEducations;
    }

    /** 业绩成果-项目情况, in form order. */
    public List<ProjectRow> getProjects() {
        return projects;
    }

    public void setProjects(List<ProjectRow> projects) {
        this.projects = projects;
    }

    /** 业绩成果-获奖情况, in form order. */
    public List<AwardRow> getAwards() {
        return awards;
    }

    public void setAwards(List<AwardRow> awards) {
        this.awards = awards;
    }

    /** 学术成果-论文、著作、技术分析报告, in form order. */
    public List<PublicationRow> getPublications() {
        return publications;
    }

    public void setPublications(List<PublicationRow> publications) {
        this.publications = publications;
    }

    /** 学术成果-专利及软件著作权, in form order. */
    public List<PatentRow> getPatents() {
        return patents;
    }

    public void setPatents(List<PatentRow> patents) {
        this.patents = patents;
    }
}
