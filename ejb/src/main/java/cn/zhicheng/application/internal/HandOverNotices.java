package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.ApplicationTransitioned;
import cn.zhicheng.domain.model.notification.InAppMessage;
import cn.zhicheng.domain.model.notification.OutboxMessage;
import cn.zhicheng.domain.model.party.HandlerGrant;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.UserAccount;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.domain.shared.Messages;
import cn.zhicheng.infrastructure.notification.NotificationGateway;

/**
 * Each hand-over of an application (returned, approved by the unit, sent for payment, passed, rejected, certificate
 * issued, ...) becomes in-app messages, in the transition's own transaction: the applicant who owns it (unless the
 * applicant acted) and the accounts who must act next (the unit's admin and handlers with 资格评审, the committee's
 * office, the bureau). The same text goes out by SMS and/or e-mail (to the person's 电子邮箱) through the gateway
 * to those who opted in.
 */
@ApplicationScoped
public class HandOverNotices {

    private static final Set<ApplicationState> UNIT_STAGES = EnumSet.of(ApplicationState.UNIT_REVIEW,
            ApplicationState.UNIT_PRE_PUBLICITY, ApplicationState.UNIT_POST_PUBLICITY);
    private static final Set<ApplicationState> OFFICE_STAGES = EnumSet.of(ApplicationState.OFFICE_PRE_AUDIT,
            ApplicationState.EXPERT_REVIEW, ApplicationState.OFFICE_POST_AUDIT);
    private static final Set<ApplicationState> BUREAU_STAGES = EnumSet.of(ApplicationState.BUREAU_REVIEW,
            ApplicationState.BUREAU_PUBLICITY, ApplicationState.CERTIFICATE);

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    NotificationGateway gateway;

    @Inject
    Clock clock;

    void on(@Observes ApplicationTransitioned event) {
        Application application = em.find(Application.class, event.applicationId());
        if (application == null || event.from() == event.to()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Set<UserAccount> owners = new LinkedHashSet<>(em.createQuery("SELECT a FROM UserAccount a WHERE a.person = :p "
                        + "AND a.role = :r", UserAccount.class)
                .setParameter("p", application.getApplicant()).setParameter("r", Role.INDIVIDUAL).getResultList().stream().filter(UserAccount::isEnabled).toList());
        // enabled accounts only, filtered here: H2 cannot compare a boolean column with EclipseLink's bound 1
        Set<UserAccount> next = new LinkedHashSet<>(nextActors(application, event.to()).stream()
                .filter(UserAccount::isEnabled).toList());
        String ownerText = Messages.format(MessageKey.NOTICE_OWNER, Messages.CHINESE, application.getSerialNo(),
                event.action(), event.to());
        String nextText = Messages.format(MessageKey.NOTICE_NEXT, Messages.CHINESE, application.getSerialNo(),
                application.getApplicantName(), event.to());
        for (UserAccount owner : owners) {
            if (!owner.getUsername().equals(event.actorUsername())) {
                deliver(owner, application, event.action(), ownerText, now);
            }
        }
        for (UserAccount account : next) {
            if (!owners.contains(account) && !account.getUsername().equals(event.actorUsername())) {
                deliver(account, application, event.action(), nextText, now);
            }
        }
    }

    private List<UserAccount> nextActors(Application application, ApplicationState to) {
        if (UNIT_STAGES.contains(to) && application.getUnit() != null) {
            return em.createQuery("SELECT a FROM UserAccount a WHERE a.unit = :u AND "
                            + "(a.role = :admin OR (a.role = :handler AND EXISTS (SELECT g FROM HandlerGrant g "
                            + "WHERE g.account = a AND g.kind = :item AND g.code = :code)))", UserAccount.class)
                    .setParameter("u", application.getUnit()).setParameter("admin", Role.UNIT_ADMIN)
                    .setParameter("handler", Role.UNIT_HANDLER).setParameter("item", HandlerGrant.Kind.BUSINESS_ITEM)
                    .setParameter("code", HandlerGrant.TITLE_REVIEW_ITEM).getResultList();
        }
        if (OFFICE_STAGES.contains(to) && application.getCommittee() != null
                && application.getCommittee().getOffice() != null) {
            return em.createQuery("SELECT a FROM UserAccount a WHERE a.office = :o AND a.role = :r",
                    UserAccount.class).setParameter("o", application.getCommittee().getOffice())
                    .setParameter("r", Role.OFFICE).getResultList();
        }
        if (BUREAU_STAGES.contains(to)) {
            return em.createQuery("SELECT a FROM UserAccount a WHERE a.role = :r", UserAccount.class)
                    .setParameter("r", Role.BUREAU).getResultList();
        }
        return List.of();
    }

    private void deliver(UserAccount account, Application application, Action action, String text, LocalDateTime now) {
        em.persist(new InAppMessage(account.getId(), application.getId(), application.getSerialNo(), action.name(),
                text, now));
        String phone = account.getPhone() != null ? account.getPhone()
                : account.getPerson() == null ? null : account.getPerson().getPhone();
        if (account.isNotifySms() && phone != null && !phone.isBlank()) {
            gateway.send(OutboxMessage.Channel.SMS, phone, "【职称评审】" + text);
        }
        String email = account.emailAddress();
        if (account.isNotifyEmail() && email != null) {
            gateway.send(OutboxMessage.Channel.EMAIL, email, "【职称评审】" + text);
        }
    }
}
