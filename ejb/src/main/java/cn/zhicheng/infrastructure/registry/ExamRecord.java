package cn.zhicheng.infrastructure.registry;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A practice-exam result (专业实践能力考试成绩) as the exam registry holds it; 考试地点 is typed by the applicant. */
public record ExamRecord(
        String ticketNo,
        String idNumber,
        String subject,
        BigDecimal score,
        LocalDateTime startTime,
        LocalDateTime endTime) {
}
