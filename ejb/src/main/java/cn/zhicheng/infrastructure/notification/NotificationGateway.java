package cn.zhicheng.infrastructure.notification;

import cn.zhicheng.domain.model.notification.OutboxMessage;

/**
 * Where SMS and e-mail leave the platform. The real gateways are external; {@link SimulatedNotificationGateway} is
 * the built-in one, which keeps every message in the outbox.
 */
public interface NotificationGateway {

    void send(OutboxMessage.Channel channel, String recipient, String body);
}
