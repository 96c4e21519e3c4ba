package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.Page;
import cn.zhicheng.application.ProfileRefusedException;
import cn.zhicheng.application.account.InboxEntry;
import cn.zhicheng.application.account.MessageService;
import cn.zhicheng.domain.model.notification.InAppMessage;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.UserAccount;
import cn.zhicheng.domain.shared.MessageKey;

/** The caller's own messages: every query is bound to the caller's account id, from the database. */
@Stateless
@RolesAllowed({Role.INDIVIDUAL_NAME, Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME, Role.OFFICE_NAME,
        Role.EXPERT_NAME, Role.BUREAU_NAME, Role.SYS_ADMIN_NAME})
public class DefaultMessageService implements MessageService {

    static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @Override
    public long unreadCount() {
        return em.createQuery("SELECT COUNT(m) FROM InAppMessage m WHERE m.accountId = :a AND m.readAt IS NULL", Long.class)
                .setParameter("a", me().getId()).getSingleResult();
    }

    @Override
    public Page<InboxEntry> list(int first, int pageSize) {
        long id = me().getId();
        List<InboxEntry> rows = em.createQuery("SELECT NEW cn.zhicheng.application.account.InboxEntry(m.id, "
                        + "m.applicationId, m.serialNo, m.body, m.createdAt, m.readAt) "
                        + "FROM InAppMessage m WHERE m.accountId = :a ORDER BY m.createdAt DESC, m.id DESC", InboxEntry.class)
                .setParameter("a", id).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE))).getResultList();
        long total = em.createQuery("SELECT COUNT(m) FROM InAppMessage m WHERE m.accountId = :a", Long.class)
                .setParameter("a", id).getSingleResult();
        return new Page<>(rows, total);
    }

    @Override
    public void markRead(long messageId) {
        InAppMessage message = em.find(InAppMessage.class, messageId);
        if (message != null && message.getAccountId().equals(me().getId())) {
            message.markRead(LocalDateTime.now(clock));
        }
    }

    @Override
    public void markAllRead() {
        em.createQuery("UPDATE InAppMessage m SET m.readAt = :now WHERE m.accountId = :a AND m.readAt IS NULL")
                .setParameter("now", LocalDateTime.now(clock)).setParameter("a", me().getId()).executeUpdate();
    }

    @Override
    public boolean smsOptIn() {
        return me().isNotifySms();
    }

    @Override
    public void chooseSms(boolean optIn) {
        me().chooseNotifications(optIn);
    }

    @Override
    public boolean emailOptIn() {
        return me().isNotifyEmail();
    }

    @Override
    public void chooseEmail(boolean optIn) {
        UserAccount me = me();
        if (optIn && me.emailAddress() == null) {
            throw new ProfileRefusedException("email", MessageKey.NOTICE_EMAIL_NEEDS_ADDRESS);
        }
        me.chooseEmailNotifications(optIn);
    }

    private UserAccount me() {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :n", UserAccount.class)
                .setParameter("n", session.getCallerPrincipal().getName()).getSingleResult();
    }
}
