package cn.zhicheng.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Creates a review year's certificate counter row in its own transaction (a concurrent duplicate fails harmlessly). */
@ApplicationScoped
public class CertificateCounterRows {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(int year) {
        em.createNativeQuery("INSERT INTO certificate_counter (review_year, last_value) VALUES (?, 0)")
                .setParameter(1, year).executeUpdate();
    }
}
