package cn.zhicheng.infrastructure.registry;

import java.util.Optional;

/** Practice-exam registry: 准考证号 → the exam result, released only to the candidate it belongs to. */
public interface ExamRegistry {

    /**
     * The result of the exam with this admission ticket number (准考证号), if the ticket was issued to the person with
     * {@code idNumber} (证件号码); empty when the ticket is unknown or belongs to someone else.
     */
    Optional<ExamRecord> findByTicketNo(String ticketNo, String idNumber);
}
