package cn.zhicheng.domain.model.application.form;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One row of 学术成果-论文、著作、技术分析报告等; 成果类别 论文, 专著, 学术会议宣读的论文, 专项技术分析报告 or 著作.
 */
@Entity
@Table(name = "form_publication")
public class PublicationAchievement extends FormRow implements Achievement {

    /** 成果类别：必填. */
    @Enumerated(EnumType.STRING)
    @Column(name = "publication_type", length = 30)
    private PublicationType type;

    /** 题目(书名)：必填. */
    @Column(name = "title", length = 300)
    private String title;

    /** 发表(出版、宣读)时间：必填；不晚于材料时效截止日. */
    @Column(name = "published_date")
    private LocalDate publishedDate;

    /** 刊物名称 / 出版社 / 会议名称 / 报告提交单位：必填. */
    @Column(name = "publisher", length = 200)
    private String publisher;

    /** 刊号(书号、会议届次)：选填. */
    @Column(name = "serial_no", length = 100)
    private String serialNo;

    /** 本人角色：必填. */
    @Enumerated(EnumType.STRING)
    @Column(name = "author_role", length = 30)
    private AuthorRole authorRole;

    /** 本人撰写字数(千字)：选填（专著、著作）. */
    @Column(name = "words_written")
    private Integer wordsWritten;

    /** 是否代表作：必填；每大项代表作最多3项. */
    @Column(name = "representative")
    private Boolean representative;

    protected PublicationAchievement() {
    }

    @Override
    public boolean isRepresentativeWork() {
        return Boolean.TRUE.equals(representative);
    }

    @Override
    public LocalDate achievementDate() {
        return publishedDate;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this value, to change a few fields. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.draft.copyFrom(this);
        return builder;
    }

    @Override
    void copyValuesFrom(FormRow values) {
        copyFrom((PublicationAchievement) values);
    }

    void copyFrom(PublicationAchievement other) {
        this.type = other.type;
        this.title = other.title;
        this.publishedDate = other.publishedDate;
        this.publisher = other.publisher;
        this.serialNo = other.serialNo;
        this.authorRole = other.authorRole;
        this.wordsWritten = other.wordsWritten;
        this.representative = other.representative;
    }

    /** 成果类别. */
    public PublicationType getType() {
        return type;
    }

    /** 题目(书名). */
    public String getTitle() {
        return title;
    }

    /** 发表(出版、宣读)时间. */
    public LocalDate getPublishedDate() {
        return publishedDate;
    }

    /** 刊物名称 / 出版社 / 会议名称 / 报告提交单位. */
    public String getPublisher() {
        return publisher;
    }

    /** 刊号(书号、会议届次). */
    public String getSerialNo() {
        return serialNo;
    }

    /** 本人角色. */
    public AuthorRole getAuthorRole() {
        return authorRole;
    }

    /** 本人撰写字数(千字). */
    public Integer getWordsWritten() {
        return wordsWritten;
    }

    /** 是否代表作. */
    public Boolean getRepresentative() {
        return representative;
    }

    /** Collects the fields of a {@link PublicationAchievement}; a draft may leave any of them empty. */
    public static final class Builder {

        private final PublicationAchievement draft = new PublicationAchievement();

        private Builder() {
        }

        /** 成果类别. */
        public Builder type(PublicationType value) {
            draft.type = value;
            return this;
        }

        /** 题目(书名). */
        public Builder title(String value) {
            draft.title = value;
            return this;
        }

        /** 发表(出版、宣读)时间. */
        public Builder publishedDate(LocalDate value) {
            draft.publishedDate = value;
            return this;
        }

        /** 刊物名称 / 出版社 / 会议名称 / 报告提交单位. */
        public Builder publisher(String value) {
            draft.publisher = value;
            return this;
        }

        /** 刊号(书号、会议届次). */
        public Builder serialNo(String value) {
            draft.serialNo = value;
            return this;
        }

        /** 本人角色. */
        public Builder authorRole(AuthorRole value) {
            draft.authorRole = value;
            return this;
        }

        /** 本人撰写字数(千字). */
        public Builder wordsWritten(Integer value) {
            draft.wordsWritten = value;
            return this;
        }

        /** 是否代表作. */
        public Builder representative(Boolean value) {
            draft.representative = value;
            return this;
        }

        public PublicationAchievement build() {
            PublicationAchievement built = new PublicationAchievement();
            built.copyFrom(draft);
            return built;
        }
    }
}
