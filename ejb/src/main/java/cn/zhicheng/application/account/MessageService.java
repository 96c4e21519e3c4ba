package cn.zhicheng.application.account;

import jakarta.ejb.Local;

import cn.zhicheng.application.Page;

/** The caller's own in-app messages (the bell and 消息中心), and whether they also come by SMS. */
@Local
public interface MessageService {

    long unreadCount();

    /** Newest first. */
    Page<InboxEntry> list(int first, int pageSize);

    /** Marks one of the caller's messages read; another's answers as a missing one (nothing happens). */
    void markRead(long messageId);

    void markAllRead();

    boolean smsOptIn();

    void chooseSms(boolean optIn);
}
