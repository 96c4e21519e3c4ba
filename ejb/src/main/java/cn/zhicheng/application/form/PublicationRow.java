package cn.zhicheng.application.form;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import cn.zhicheng.domain.model.application.form.AuthorRole;
import cn.zhicheng.domain.model.application.form.PublicationType;

/** 学术成果-论文、著作、技术分析报告 (PublicationAchievement): one row of the form, as the screen edits it. */
public class PublicationRow extends FormListRow {

    private static final long serialVersionUID = 1L;

    private PublicationType type;
    @Size(max = 300, message = "题目(书名)不能超过300个字。")
    private String title;
    private LocalDate publishedDate;
    @Size(max = 200, message = "刊物名称 / 出版社 / 会议名称 / 报告提交单位不能超过200个字。")
    private String publisher;
    @Size(max = 100, message = "刊号(书号、会议届次)不能超过100个字。")
    private String serialNo;
    private AuthorRole authorRole;
    private Integer wordsWritten;
    private Boolean representative;

    public PublicationRow() {
    }

    @Override
    public FormList list() {
        return FormList.PUBLICATION;
    }

    /** 成果类别. */
    public PublicationType getType() {
        return type;
    }

    public void setType(PublicationType type) {
        this.type = type;
    }

    /** 题目(书名). */
    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** 发表(出版、宣读)时间. */
    public LocalDate getPublishedDate() {
        return publishedDate;
    }

    public void setPublishedDate(LocalDate publishedDate) {
        this.publishedDate = publishedDate;
    }

    /** 刊物名称 / 出版社 / 会议名称 / 报告提交单位. */
    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    /** 刊号(书号、会议届次). */
    public String getSerialNo() {
        return serialNo;
    }

    public void setSerialNo(String serialNo) {
        this.serialNo = serialNo;
    }

    /** 本人角色. */
    public AuthorRole getAuthorRole() {
        return authorRole;
    }

    public void setAuthorRole(AuthorRole authorRole) {
        this.authorRole = authorRole;
    }

    /** 本人撰写字数(千字). */
    public Integer getWordsWritten() {
        return wordsWritten;
    }

    public void setWordsWritten(Integer wordsWritten) {
        this.wordsWritten = wordsWritten;
    }

    /** 是否代表作. */
    public Boolean getRepresentative() {
        return representative;
    }

    public void setRepresentative(Boolean representative) {
        this.representative = representative;
    }
}
