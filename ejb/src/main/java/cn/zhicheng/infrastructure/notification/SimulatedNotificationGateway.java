package cn.zhicheng.infrastructure.notification;

import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.domain.model.notification.OutboxMessage;

/** The built-in gateway: writes the message to the outbox in the caller's transaction, delivers nothing. */
@ApplicationScoped
public class SimulatedNotificationGateway implements NotificationGateway {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    Clock clock;

    @Override
    public void send(OutboxMessage.Channel channel, String recipient, String body) {
        em.persist(new OutboxMessage(channel, recipient, body, LocalDateTime.now(clock)));
    }
}
