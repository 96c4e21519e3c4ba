package cn.zhicheng.infrastructure.registry;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Built-in exam registry answering from {@code registry/registry-exams.csv}. */
@ApplicationScoped
public class SimulatedExamRegistry implements ExamRegistry {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SeededTable<ExamRecord> exams = new SeededTable<>(
            "registry/registry-exams.csv",
            List.of("ticket_no", "id_number", "subject", "score", "start_time", "end_time"),
            f -> new ExamRecord(Keys.plain(f[0]), Keys.idNumber(f[1]), f[2], new BigDecimal(f[3]),
                    LocalDateTime.parse(f[4], TIME), LocalDateTime.parse(f[5], TIME)),
            ExamRecord::ticketNo);

    @Override
    public Optional<ExamRecord> findByTicketNo(String ticketNo, String idNumber) {
        String candidate = Keys.idNumber(idNumber);
        // A ticket number alone must not reveal someone else's score.
        return exams.find(Keys.plain(ticketNo)).filter(exam -> exam.idNumber().equals(candidate));
    }
}
