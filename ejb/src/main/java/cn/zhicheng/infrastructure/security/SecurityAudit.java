package cn.zhicheng.infrastructure.security;

import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.zhicheng.domain.model.audit.SecurityEvent;

/**
 * Records security events in their own transaction: a refused action rolls its own transaction back, and the
 * record of the refusal must survive that.
 */
@ApplicationScoped
public class SecurityAudit {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String username, SecurityEvent.Type type, String remoteAddress, String detail) {
        String name = username == null || username.length() <= 60 ? username : username.substring(0, 60);
        em.persist(new SecurityEvent(LocalDateTime.now(clock), name, type, remoteAddress, detail));
    }

    /** The same, with the browser (zc-client cookie) the event came from. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String username, SecurityEvent.Type type, String remoteAddress, String detail, String clientKey) {
        String name = username == null || username.length() <= 60 ? username : username.substring(0, 60);
        em.persist(new SecurityEvent(LocalDateTime.now(clock), name, type, remoteAddress, detail, clientKey));
    }
}
