package cn.zhicheng.application.form;

import jakarta.validation.constraints.Size;

import cn.zhicheng.domain.model.application.form.DeclarationType;
import cn.zhicheng.domain.model.catalogue.ExamMode;
import cn.zhicheng.domain.model.catalogue.TitleLevel;

/**
 * 申报的专业技术资格信息. The applicant chooses the specialty by id (cascading selects of {@code CatalogueService});
 * the series, level, title, committee and office follow from it and are filled in on read only.
 */
public class DeclaredQualificationSection extends FormSection {

    private static final long serialVersionUID = 1L;

    private DeclarationType declarationType;
    private Long specialtyId;
    private Boolean otherDeclarations;
    @Size(max = 500, message = "其他系列(专业)资格名称不能超过500个字。")
    private String otherDeclarationNames;

    private String seriesName;
    private TitleLevel level;
    private String titleName;
    private String specialtyName;
    private String committeeName;
    private String officeName;
    private ExamMode examMode;

    public DeclaredQualificationSection() {
    }

    @Override
    public String label() {
        return "申报的专业技术资格信息";
    }

    /** 申报类型. */
    public DeclarationType getDeclarationType() {
        return declarationType;
    }

    public void setDeclarationType(DeclarationType declarationType) {
        this.declarationType = declarationType;
    }

    /** 评审的资格专业, by id. */
    public Long getSpecialtyId() {
        return specialtyId;
    }

    public void setSpecialtyId(Long specialtyId) {
        this.specialtyId = specialtyId;
    }

    /** 有无同时或不同时申报其他系列(专业)资格. */
    public Boolean getOtherDeclarations() {
        return otherDeclarations;
    }

    public void setOtherDeclarations(Boolean otherDeclarations) {
        this.otherDeclarations = otherDeclarations;
    }

    /** 其他系列(专业)资格名称. */
    public String getOtherDeclarationNames() {
        return otherDeclarationNames;
    }

    public void setOtherDeclarationNames(String otherDeclarationNames) {
        this.otherDeclarationNames = otherDeclarationNames;
    }

    /** 评审的资格系列 (read-only). */
    public String getSeriesName() {
        return seriesName;
    }

    /** 评审的资格级别 (read-only). */
    public TitleLevel getLevel() {
        return level;
    }

    /** 评审的资格名称 (read-only). */
    public String getTitleName() {
        return titleName;
    }

    /** 评审的资格专业 (read-only). */
    public String getSpecialtyName() {
        return specialtyName;
    }

    /** 评审的资格评委会 (read-only). */
    public String getCommitteeName() {
        return committeeName;
    }

    /** 日常工作部门 (read-only). */
    public String getOfficeName() {
        return officeName;
    }

    /** 考评方式 of the specialty (read-only): whether 专业实践能力考试成绩 is required. */
    public ExamMode getExamMode() {
        return examMode;
    }

    /** The labels derived from the chosen specialty, filled in when the form is read. */
    public void derived(String seriesName, TitleLevel level, String titleName, String specialtyName,
                        String committeeName, String officeName, ExamMode examMode) {
        this.seriesName = seriesName;
        this.level = level;
        this.titleName = titleName;
        this.specialtyName = specialtyName;
        this.committeeName = committeeName;
        this.officeName = officeName;
        this.examMode = examMode;
    }
}
