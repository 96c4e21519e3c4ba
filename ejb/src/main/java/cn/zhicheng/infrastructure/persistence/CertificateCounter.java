package cn.zhicheng.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The review year's counter of issued certificates (table {@code certificate_counter}, V75). Unlike 业务流水号's
 * counter the increment runs in the caller's transaction: the row stays locked until the certificate is committed
 * (concurrent issues of one year take turns), and a rollback returns the number.
 */
@ApplicationScoped
public class CertificateCounter {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    CertificateCounterRows rows;

    /** The year's next sequence value, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long next(int year) {
        if (increment(year) == 0) {
            try {
                rows.create(year);
            } catch (RuntimeException createdConcurrently) {
                // another issue created the year's row first: it is there now
            }
            if (increment(year) == 0) {
                throw new IllegalStateException("no certificate counter row for " + year);
            }
        }
        Number value = (Number) em.createNativeQuery("SELECT last_value FROM certificate_counter WHERE review_year = ?")
                .setParameter(1, year).getSingleResult();
        return value.longValue();
    }

    private int increment(int year) {
        return em.createNativeQuery("UPDATE certificate_counter SET last_value = last_value + 1 WHERE review_year = ?")
                .setParameter(1, year).executeUpdate();
    }
}
