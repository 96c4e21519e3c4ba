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

    /** Whether the hand-over notices also come by e-mail (to the person's 电子邮箱). */
    boolean emailOptIn();

    /**
     * Opts in or out of e-mail; opting in without an 电子邮箱 is refused on field {@code email}
     * ({@link cn.zhicheng.application.ProfileRefusedException}, {@code NOTICE_EMAIL_NEEDS_ADDRESS}).
     */
    void chooseEmail(boolean optIn);
}
