package cn.zhicheng.infrastructure.persistence;

import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The public certificate query's rate limit: a fixed window per client address in {@code certificate_query_window}
 * (V75), in the database so that all nodes count together. Each step is one statement under the address's row lock,
 * in its own short transaction.
 */
@ApplicationScoped
public class QueryWindows {

    /** The address's count in its current window after this query, and when that window ends. */
    public record Use(int count, LocalDateTime windowEnds) {
    }

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    /**
     * Counts one query of the address: within the current window the count rises, after it a new window starts
     * with this query. Returns null when the address has no row yet (the caller creates it with {@link #open}).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Use count(String address, LocalDateTime now, Duration window) {
        LocalDateTime windowOpenSince = now.minus(window);
        int inWindow = em.createNativeQuery("UPDATE certificate_query_window SET query_count = query_count + 1 "
                        + "WHERE client_address = ? AND window_start > ?")
                .setParameter(1, address).setParameter(2, windowOpenSince).executeUpdate();
        if (inWindow == 0) {
            int restarted = em.createNativeQuery("UPDATE certificate_query_window SET query_count = 1, window_start = ? "
                            + "WHERE client_address = ? AND window_start <= ?")
                    .setParameter(1, now).setParameter(2, address).setParameter(3, windowOpenSince).executeUpdate();
            if (restarted == 0) {
                return null;
            }
        }
        Object[] row = (Object[]) em.createNativeQuery("SELECT query_count, window_start FROM certificate_query_window "
                + "WHERE client_address = ?").setParameter(1, address).getSingleResult();
        return new Use(((Number) row[0]).intValue(), toLocal(row[1]).plus(window));
    }

    /** The address's first window, opened by this query; fails harmlessly when a concurrent query opened it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void open(String address, LocalDateTime now) {
        em.createNativeQuery("INSERT INTO certificate_query_window (client_address, window_start, query_count) "
                + "VALUES (?, ?, 1)").setParameter(1, address).setParameter(2, now).executeUpdate();
    }

    private static LocalDateTime toLocal(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }
}
