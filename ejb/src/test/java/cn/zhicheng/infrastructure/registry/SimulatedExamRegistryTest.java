package cn.zhicheng.infrastructure.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulatedExamRegistryTest {

    private final ExamRegistry registry = new SimulatedExamRegistry();

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource({
            "0014545478887, 440304198501011235, 考试科目1, 90, 2019-10-22T00:00, 2019-10-22T00:00",
            "0014545478888, 440305199003152343, 建筑工程专业实践能力, 78, 2020-09-12T09:00, 2020-09-12T11:30",
            "0014545478889, 440306198807203451, 高级会计实务, 72, 2020-09-05T08:30, 2020-09-05T12:00"
    })
    void findsEverySeededExamForItsCandidate(String ticketNo, String idNumber, String subject, String score,
                                             String start, String end) {
        ExamRecord expected = new ExamRecord(ticketNo, idNumber, subject, new BigDecimal(score),
                LocalDateTime.parse(start), LocalDateTime.parse(end));
        assertEquals(expected, registry.findByTicketNo(ticketNo, idNumber).orElseThrow());
    }

    @Test
    void aTicketOfSomeoneElseIsEmpty() {
        assertTrue(registry.findByTicketNo("0014545478888", "440304198501011235").isEmpty());
        assertTrue(registry.findByTicketNo("0014545478888", "440307199205104561").isEmpty());
    }

    @Test
    void aTicketWithoutIdNumberIsEmpty() {
        assertTrue(registry.findByTicketNo("0014545478888", null).isEmpty());
        assertTrue(registry.findByTicketNo("0014545478888", " ").isEmpty());
    }

    @Test
    void anUnknownTicketIsEmpty() {
        assertTrue(registry.findByTicketNo("0014545478890", "440304198501011235").isEmpty());
        assertTrue(registry.findByTicketNo(null, "440304198501011235").isEmpty());
    }

    @Test
    void surroundingBlanksAreIgnored() {
        assertTrue(registry.findByTicketNo(" 0014545478889", "440306198807203451 ").isPresent());
    }
}
