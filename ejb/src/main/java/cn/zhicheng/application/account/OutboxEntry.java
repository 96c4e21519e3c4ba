package cn.zhicheng.application.account;

import java.io.Serializable;
import java.time.LocalDateTime;

import cn.zhicheng.domain.model.notification.OutboxMessage;

/** One line of the simulator's outbox (消息发件箱). */
public record OutboxEntry(long id, String channel, String recipient, String body, LocalDateTime createdAt)
        implements Serializable {

    /** The query's constructor: the channel as the enum's name. */
    public OutboxEntry(Long id, OutboxMessage.Channel channel, String recipient, String body, LocalDateTime createdAt) {
        this(id.longValue(), channel.name(), recipient, body, createdAt);
    }
}
