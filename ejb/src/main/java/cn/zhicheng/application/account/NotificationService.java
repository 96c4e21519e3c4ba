package cn.zhicheng.application.account;

import jakarta.ejb.Local;

import cn.zhicheng.application.Page;

/**
 * Messages to people outside the platform (SMS, e-mail) through the {@code NotificationGateway}; the built-in
 * simulator keeps every message in the outbox that 系统管理 › 消息发件箱 lists.
 */
@Local
public interface NotificationService {

    /** Sends a text message in the caller's transaction (a rolled-back request sends nothing). */
    void sms(String phone, String text);

    /** The outbox, newest first, optionally for one recipient (SYS_ADMIN). */
    Page<OutboxEntry> outbox(String recipient, int first, int pageSize);

    /** 导出Excel of the outbox: the rows of {@link #outbox} (same role and filter) above a key, by id, at most 1000. */
    java.util.List<OutboxEntry> outboxAfter(String recipient, Long afterId, int max);
}
