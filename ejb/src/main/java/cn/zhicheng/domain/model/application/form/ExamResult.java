package cn.zhicheng.domain.model.application.form;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * 专业实践能力考试成绩, required where the specialty is 以考代评 or 考评结合. 准考证号 + 获取 fills the times,
 * subject and score from the exam registry; 考试地点 is typed by hand.
 */
@Embeddable
public class ExamResult {

    /** 准考证号：专业要求以考代评或考评结合时必填. */
    @Column(name = "exam_ticket_no", length = 50)
    private String admissionTicketNo;

    /** 考试开始时间：同上. */
    @Column(name = "exam_start")
    private LocalDateTime examStart;

    /** 考试结束时间：同上；不早于考试开始时间. */
    @Column(name = "exam_end")
    private LocalDateTime examEnd;

    /** 考试科目：同上. */
    @Column(name = "exam_subject", length = 100)
    private String subject;

    /** 科目成绩：同上. */
    @Column(name = "exam_score", precision = 6, scale = 2)
    private BigDecimal score;

    /** 考试地点：同上（手工填写）. */
    @Column(name = "exam_venue", length = 200)
    private String venue;

    protected ExamResult() {
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

    void copyFrom(ExamResult other) {
        this.admissionTicketNo = other.admissionTicketNo;
        this.examStart = other.examStart;
        this.examEnd = other.examEnd;
        this.subject = other.subject;
        this.score = other.score;
        this.venue = other.venue;
    }

    /** 准考证号. */
    public String getAdmissionTicketNo() {
        return admissionTicketNo;
    }

    /** 考试开始时间. */
    public LocalDateTime getExamStart() {
        return examStart;
    }

    /** 考试结束时间. */
    public LocalDateTime getExamEnd() {
        return examEnd;
    }

    /** 考试科目. */
    public String getSubject() {
        return subject;
    }

    /** 科目成绩. */
    public BigDecimal getScore() {
        return score;
    }

    /** 考试地点. */
    public String getVenue() {
        return venue;
    }

    /** Collects the fields of a {@link ExamResult}; a draft may leave any of them empty. */
    public static final class Builder {

        private final ExamResult draft = new ExamResult();

        private Builder() {
        }

        /** 准考证号. */
        public Builder admissionTicketNo(String value) {
            draft.admissionTicketNo = value;
            return this;
        }

        /** 考试开始时间. */
        public Builder examStart(LocalDateTime value) {
            draft.examStart = value;
            return this;
        }

        /** 考试结束时间. */
        public Builder examEnd(LocalDateTime value) {
            draft.examEnd = value;
            return this;
        }

        /** 考试科目. */
        public Builder subject(String value) {
            draft.subject = value;
            return this;
        }

        /** 科目成绩. */
        public Builder score(BigDecimal value) {
            draft.score = value;
            return this;
        }

        /** 考试地点. */
        public Builder venue(String value) {
            draft.venue = value;
            return this;
        }

        public ExamResult build() {
            ExamResult built = new ExamResult();
            built.copyFrom(draft);
            return built;
        }
    }
}
