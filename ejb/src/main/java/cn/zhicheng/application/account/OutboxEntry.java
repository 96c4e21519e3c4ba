package cn.zhicheng.application.account;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of the simulator's outbox (消息发件箱). */
public record OutboxEntry(long id, String channel, String recipient, String body, LocalDateTime createdAt)
        implements Serializable {
}
