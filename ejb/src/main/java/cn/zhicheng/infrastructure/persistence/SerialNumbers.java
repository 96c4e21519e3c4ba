package cn.zhicheng.infrastructure.persistence;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.zhicheng.domain.model.application.SerialNumber;

/** Hands out 业务流水号 (SPEC §2): 003 + yyyyMMdd + the day's 8-digit sequence. */
@ApplicationScoped
public class SerialNumbers {

    @Inject
    SerialCounter counter;

    @Inject
    Clock clock;

    public String next() {
        LocalDate today = LocalDate.now(clock);
        long value = counter.next(today);
        if (value < 0) {
            try {
                counter.createDay(today);
            } catch (RuntimeException e) {
                // created concurrently by another caller: fine, the row is there now
            }
            value = counter.next(today);
        }
        return SerialNumber.of(today, value);
    }
}
