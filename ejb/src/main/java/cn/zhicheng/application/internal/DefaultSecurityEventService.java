package cn.zhicheng.application.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import cn.zhicheng.application.Page;
import cn.zhicheng.application.account.SecurityEventFilter;
import cn.zhicheng.application.account.SecurityEventService;
import cn.zhicheng.application.account.SecurityEventView;
import cn.zhicheng.domain.model.audit.SecurityEvent;
import cn.zhicheng.domain.model.party.Role;

/** The security events, filtered and cut in the database (indexes of V1 and V65). */
@Stateless
@RolesAllowed(Role.SYS_ADMIN_NAME)
public class DefaultSecurityEventService implements SecurityEventService {

    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_EXPORT_PAGE = 1000;
    private static final String VIEW = "SELECT NEW cn.zhicheng.application.account.SecurityEventView(e.id, e.occurredAt, "
            + "e.username, e.type, e.remoteAddress, e.detail) FROM SecurityEvent e";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Override
    public List<String> types() {
        return Arrays.stream(SecurityEvent.Type.values()).map(Enum::name).toList();
    }

    @Override
    public Page<SecurityEventView> events(SecurityEventFilter filter, int first, int pageSize) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        TypedQuery<SecurityEventView> rows = em.createQuery(VIEW + where + " ORDER BY e.occurredAt DESC, e.id DESC",
                SecurityEventView.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM SecurityEvent e" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(rows.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE))).getResultList(), count.getSingleResult());
    }

    @Override
    public List<SecurityEventView> eventsAfter(SecurityEventFilter filter, Long afterId, int max) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        if (afterId != null) {
            where += (where.isEmpty() ? " WHERE " : " AND ") + "e.id > :after";
            params.put("after", afterId);
        }
        TypedQuery<SecurityEventView> rows = em.createQuery(VIEW + where + " ORDER BY e.id", SecurityEventView.class);
        params.forEach(rows::setParameter);
        return rows.setMaxResults(Math.max(1, Math.min(max, MAX_EXPORT_PAGE))).getResultList();
    }

    private static String where(SecurityEventFilter f, Map<String, Object> params) {
        List<String> all = new ArrayList<>();
        if (f != null) {
            if (f.username() != null && !f.username().isBlank()) {
                all.add("e.username = :username");
                params.put("username", f.username().strip());
            }
            if (f.type() != null && !f.type().isBlank()) {
                all.add("e.type = :type");
                params.put("type", SecurityEvent.Type.valueOf(f.type()));
            }
            if (f.address() != null && !f.address().isBlank()) {
                all.add("e.remoteAddress LIKE :address ESCAPE '\\'");
                params.put("address", f.address().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            if (f.from() != null) {
                all.add("e.occurredAt >= :from");
                params.put("from", f.from());
            }
            if (f.to() != null) {
                all.add("e.occurredAt <= :to");
                params.put("to", f.to());
            }
        }
        return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
    }
}
