package cn.zhicheng.infrastructure.persistence;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The daily counter behind 业务流水号. Each step runs in its own short transaction so that the row lock is
 * held only for the increment, and a number once handed out is never handed out again (even when the
 * caller's transaction rolls back: gaps are allowed, reuse is not).
 */
@ApplicationScoped
public class SerialCounter {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    /** The next value of the day's counter, or -1 when the day has no row yet. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long next(LocalDate day) {
        int updated = em.createNativeQuery("UPDATE serial_counter SET last_value = last_value + 1 WHERE counter_day = ?")
                .setParameter(1, day)
                .executeUpdate();
        if (updated == 0) {
            return -1;
        }
        Number value = (Number) em.createNativeQuery("SELECT last_value FROM serial_counter WHERE counter_day = ?")
                .setParameter(1, day)
                .getSingleResult();
        return value.longValue();
    }

    /** Creates the day's row; fails harmlessly (in its own transaction) when another caller created it first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createDay(LocalDate day) {
        em.createNativeQuery("INSERT INTO serial_counter (counter_day, last_value) VALUES (?, 0)")
                .setParameter(1, day)
                .executeUpdate();
    }
}
