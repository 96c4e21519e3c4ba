package cn.zhicheng.application.admin;

import cn.zhicheng.domain.model.catalogue.ExamMode;
import java.io.Serializable;

/** 评审的资格专业 of a title, its 考评方式 and the committee that reviews it (id null: new). */
public class SpecialtyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long titleId;
    private String titleName;
    private Long committeeId;
    private String committeeName;
    private String name;
    private ExamMode examMode;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getTitleId() {
        return titleId;
    }

    public void setTitleId(Long titleId) {
        this.titleId = titleId;
    }

    public String getTitleName() {
        return titleName;
    }

    public void setTitleName(String titleName) {
        this.titleName = titleName;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
    }

    public String getCommitteeName() {
        return committeeName;
    }

    public void setCommitteeName(String committeeName) {
        this.committeeName = committeeName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ExamMode getExamMode() {
        return examMode;
    }

    public void setExamMode(ExamMode examMode) {
        this.examMode = examMode;
    }
}
