package cn.zhicheng.application.internal;

import cn.zhicheng.application.BatchProgress;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;

/** Writes {@code batch_job_progress}; a display estimate only, so any job may write its own. */
@Stateless
@PermitAll
public class DefaultBatchProgress implements BatchProgress {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    Clock clock;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) // visible to the console before the step's first chunk
    public void expect(long executionId, long items) {
        LocalDateTime now = LocalDateTime.now(clock);
        int updated = em.createNativeQuery("UPDATE batch_job_progress SET expected_items = ?, recorded_at = ? "
                        + "WHERE job_execution_id = ?")
                .setParameter(1, items).setParameter(2, now).setParameter(3, executionId).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO batch_job_progress (job_execution_id, expected_items, recorded_at) "
                            + "VALUES (?, ?, ?)")
                    .setParameter(1, executionId).setParameter(2, items).setParameter(3, now).executeUpdate();
        }
    }
}
