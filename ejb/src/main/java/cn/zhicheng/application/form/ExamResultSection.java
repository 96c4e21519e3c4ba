package cn.zhicheng.application.form;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/** 专业实践能力考试成绩 (ExamResult): one section of the form, as the screen edits it. */
public class ExamResultSection extends FormSection {

    private static final long serialVersionUID = 1L;

    @Size(max = 50, message = "准考证号不能超过50个字。")
    private String admissionTicketNo;
    private LocalDateTime examStart;
    private LocalDateTime examEnd;
    @Size(max = 100, message = "考试科目不能超过100个字。")
    private String subject;
    @Digits(integer = 4, fraction = 2, message = "科目成绩最多4位整数、2位小数。")
    private BigDecimal score;
    @Size(max = 200, message = "考试地点不能超过200个字。")
    private String venue;

    public ExamResultSection() {
    }

    @Override
    public String label() {
        return "专业实践能力考试成绩";
    }

    /** 准考证号. */
    public String getAdmissionTicketNo() {
        return admissionTicketNo;
    }

    public void setAdmissionTicketNo(String admissionTicketNo) {
        this.admissionTicketNo = admissionTicketNo;
    }

    /** 考试开始时间. */
    public LocalDateTime getExamStart() {
        return examStart;
    }

    public void setExamStart(LocalDateTime examStart) {
        this.examStart = examStart;
    }

    /** 考试结束时间. */
    public LocalDateTime getExamEnd() {
        return examEnd;
    }

    public void setExamEnd(LocalDateTime examEnd) {
        this.examEnd = examEnd;
    }

    /** 考试科目. */
    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    /** 科目成绩. */
    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    /** 考试地点. */
    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }
}
