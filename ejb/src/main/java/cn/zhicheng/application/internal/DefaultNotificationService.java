package cn.zhicheng.application.internal;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import cn.zhicheng.application.Page;
import cn.zhicheng.application.account.NotificationService;
import cn.zhicheng.application.account.OutboxEntry;
import cn.zhicheng.domain.model.notification.OutboxMessage;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.infrastructure.notification.NotificationGateway;

/** Sends through the one {@link NotificationGateway}; lists the simulator's outbox for the administrator. */
@Stateless
public class DefaultNotificationService implements NotificationService {

    static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    NotificationGateway gateway;

    @Override
    @PermitAll
    public void sms(String phone, String text) {
        gateway.send(OutboxMessage.Channel.SMS, phone, text);
    }

    @Override
    @RolesAllowed(Role.SYS_ADMIN_NAME)
    public Page<OutboxEntry> outbox(String recipient, int first, int pageSize) {
        boolean one = recipient != null && !recipient.isBlank();
        String where = one ? " WHERE m.recipient = :recipient" : "";
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM OutboxMessage m" + where, Long.class);
        TypedQuery<OutboxEntry> rows = em.createQuery("SELECT NEW cn.zhicheng.application.account.OutboxEntry(m.id, "
                + "m.channel, m.recipient, m.body, m.createdAt) FROM OutboxMessage m" + where
                + " ORDER BY m.createdAt DESC, m.id DESC", OutboxEntry.class);
        if (one) {
            count.setParameter("recipient", recipient.strip());
            rows.setParameter("recipient", recipient.strip());
        }
        List<OutboxEntry> page = rows.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE))).getResultList();
        return new Page<>(page, count.getSingleResult());
    }

    @Override
    @RolesAllowed(Role.SYS_ADMIN_NAME)
    public List<OutboxEntry> outboxAfter(String recipient, Long afterId, int max) {
        boolean one = recipient != null && !recipient.isBlank();
        TypedQuery<OutboxEntry> rows = em.createQuery("SELECT NEW cn.zhicheng.application.account.OutboxEntry(m.id, "
                + "m.channel, m.recipient, m.body, m.createdAt) FROM OutboxMessage m WHERE 1 = 1"
                + (one ? " AND m.recipient = :recipient" : "") + (afterId == null ? "" : " AND m.id > :after")
                + " ORDER BY m.id", OutboxEntry.class);
        if (one) {
            rows.setParameter("recipient", recipient.strip());
        }
        if (afterId != null) {
            rows.setParameter("after", afterId);
        }
        return rows.setMaxResults(Math.max(1, Math.min(max, 1000))).getResultList();
    }
}
