package cn.zhicheng.application.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.PaymentNotification;
import cn.zhicheng.application.PaymentOrderView;
import cn.zhicheng.application.PaymentService;
import cn.zhicheng.application.PlatformActions;
import cn.zhicheng.application.ReportFile;
import cn.zhicheng.application.decision.PaymentConfirmation;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.IllegalTransitionException;
import cn.zhicheng.domain.model.audit.SecurityEvent;
import cn.zhicheng.domain.model.catalogue.Fee;
import cn.zhicheng.domain.model.catalogue.TitleLevel;
import cn.zhicheng.domain.model.payment.Payee;
import cn.zhicheng.domain.model.payment.PaymentNotificationLog;
import cn.zhicheng.domain.model.payment.PaymentNotificationOutcome;
import cn.zhicheng.domain.model.payment.PaymentOrder;
import cn.zhicheng.domain.model.payment.PaymentStatus;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.infrastructure.payment.PaymentPlatform;
import cn.zhicheng.infrastructure.security.SecurityAudit;
import cn.zhicheng.reports.PaymentNoticeReport;
import cn.zhicheng.reports.QrCode;
import cn.zhicheng.reports.data.PaymentNoticeData;

/**
 * 网上支付: the applicant's order, its QR code and notice, and the platform's verified notification. The order is
 * created under the application's row lock, so two clicks on 支付 give one open order; the notification is checked
 * under the order's row lock, so a replay arriving at the same time as the original sees it paid.
 */
@Stateless
public class DefaultPaymentService implements PaymentService {

    private static final Logger LOG = Logger.getLogger(DefaultPaymentService.class.getName());
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Who the refused notifications are recorded for in the security events: the platform, not a person. */
    static final String PLATFORM_NAME = "payment-platform";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    PaymentPlatform platform;

    @Inject
    SecurityAudit audit;

    @Inject
    Clock clock;

    @EJB
    PlatformActions platformActions;

    @Override
    @RolesAllowed(Role.INDIVIDUAL_NAME)
    public PaymentOrderView openOrder(long applicationId) {
        Application application = own(applicationId, LockModeType.PESSIMISTIC_WRITE);
        LocalDateTime now = LocalDateTime.now(clock);
        List<PaymentOrder> orders = orders(applicationId);
        orders.forEach(o -> o.expireIfOverdue(now));
        Optional<PaymentOrder> settled = orders.stream()
                .filter(o -> o.getStatus() == PaymentStatus.UNPAID || o.getStatus() == PaymentStatus.PAID).findFirst();
        if (settled.isPresent()) {
            return view(application, settled.get());
        }
        if (application.getState() != ApplicationState.AWAITING_PAYMENT) {
            throw new IllegalTransitionException(MessageKey.PAYMENT_NOT_AWAITING, application.getSerialNo(),
                    application.getState());
        }
        TitleLevel level = application.getSpecialty().getTitle().getLevel();
        Fee fee = em.find(Fee.class, level);
        if (fee == null || fee.getAmount() == null || fee.getAmount().signum() <= 0) {
            throw new IllegalTransitionException(MessageKey.PAYMENT_NO_FEE, level.label());
        }
        Payee payee = em.find(Payee.class, application.getCommittee().getOffice().getId());
        if (payee == null) {
            throw new IllegalTransitionException(MessageKey.PAYMENT_NO_PAYEE, application.getCommittee().getOffice().getName());
        }
        PaymentOrder order = new PaymentOrder(application.getSerialNo(), orders.size() + 1, applicationId, payee,
                application.getApplicantName(), phoneOf(application), fee.getAmount(), now);
        em.persist(order);
        em.flush();
        LOG.info(() -> "payment order " + order.getOrderNo() + " created for application " + applicationId);
        return view(application, order);
    }

    @Override
    @RolesAllowed(Role.INDIVIDUAL_NAME)
    public Optional<PaymentOrderView> latestOrder(long applicationId) {
        Application application = own(applicationId, LockModeType.NONE);
        LocalDateTime now = LocalDateTime.now(clock);
        List<PaymentOrder> orders = orders(applicationId);
        orders.forEach(o -> o.expireIfOverdue(now));
        return orders.stream().findFirst().map(o -> view(application, o));
    }

    @Override
    @RolesAllowed(Role.INDIVIDUAL_NAME)
    public byte[] qrCode(long applicationId, String baseUrl) {
        PaymentOrderView order = latestOrder(applicationId).orElseThrow(ApplicationNotFoundException::new);
        return QrCode.png(absolute(order.payUrl(), baseUrl), 240);
    }

    @Override
    @RolesAllowed(Role.INDIVIDUAL_NAME)
    public ReportFile notice(long applicationId, String baseUrl) {
        PaymentOrderView order = latestOrder(applicationId).orElseThrow(ApplicationNotFoundException::new);
        PaymentNoticeData data = new PaymentNoticeData();
        data.setOrderNo(order.orderNo());
        data.setSerialNo(order.serialNo());
        data.setSummary(order.summary());
        data.setPayeeName(order.payeeName());
        data.setPayeeCode(order.payeeCode());
        data.setPayerName(order.payerName());
        data.setPayerPhone(order.payerPhone());
        data.setAmountText("￥" + order.amount().setScale(2, RoundingMode.UNNECESSARY).toPlainString() + "元");
        data.setCreatedAtText(order.createdAt().format(SECOND));
        data.setDeadlineText(order.deadline().format(SECOND));
        data.setPaidAtText(order.paidAt() == null ? "—" : order.paidAt().format(SECOND));
        data.setStatusLabel(order.status().label());
        String payUrl = absolute(order.payUrl(), baseUrl);
        data.setPayUrl(payUrl);
        data.setQrCode(order.isPayable() ? QrCode.png(payUrl, 300) : null);
        data.setPrintedAtText(LocalDateTime.now(clock).format(SECOND));
        return ReportFile.pdf(PaymentNoticeReport.fileName(data), PaymentNoticeReport.render(data));
    }

    @Override
    @PermitAll
    public PaymentNotificationOutcome receive(PaymentNotification n, String remoteAddress) {
        LocalDateTime now = LocalDateTime.now(clock);
        PaymentNotificationOutcome outcome = check(n, now);
        em.persist(new PaymentNotificationLog(now, n.orderNo(), n.transactionNo(), n.amount(), n.currency(), outcome,
                remoteAddress));
        if (!outcome.accepted() && outcome != PaymentNotificationOutcome.NOT_AWAITING_PAYMENT) {
            audit.record(PLATFORM_NAME, SecurityEvent.Type.PAYMENT_NOTIFICATION_REFUSED, remoteAddress,
                    outcome + " order " + n.orderNo() + " transaction " + n.transactionNo() + " amount " + n.amount()
                            + " " + n.currency());
        }
        LOG.info(() -> "payment notification for order " + n.orderNo() + ": " + outcome);
        return outcome;
    }

    /** The checks in order: signature, order, replay, amount and currency, deadline, the application's stage. */
    private PaymentNotificationOutcome check(PaymentNotification n, LocalDateTime now) {
        if (!platform.verify(n)) {
            return PaymentNotificationOutcome.BAD_SIGNATURE;
        }
        List<PaymentOrder> found = em.createQuery("SELECT o FROM PaymentOrder o WHERE o.orderNo = :no", PaymentOrder.class)
                .setParameter("no", n.orderNo()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (found.isEmpty()) {
            return PaymentNotificationOutcome.UNKNOWN_ORDER;
        }
        PaymentOrder order = found.get(0);
        if (order.getStatus() == PaymentStatus.PAID) {
            return order.getTransactionNo().equals(n.transactionNo()) ? PaymentNotificationOutcome.REPLAYED
                    : PaymentNotificationOutcome.ALREADY_PAID;
        }
        BigDecimal amount = amount(n.amount());
        LocalDateTime paidAt = time(n.paidAt());
        if (amount == null || paidAt == null) {
            return PaymentNotificationOutcome.MALFORMED;
        }
        if (!order.matches(amount, n.currency())) {
            return PaymentNotificationOutcome.AMOUNT_MISMATCH;
        }
        // an order is payable until its deadline: neither a late notification nor a late payment counts
        order.expireIfOverdue(now);
        if (order.getStatus() == PaymentStatus.EXPIRED || !paidAt.isBefore(order.getDeadline())) {
            return PaymentNotificationOutcome.ORDER_EXPIRED;
        }
        Application application = em.find(Application.class, order.getApplicationId());
        if (application == null || application.getState() != ApplicationState.AWAITING_PAYMENT) {
            return PaymentNotificationOutcome.NOT_AWAITING_PAYMENT;
        }
        order.markPaid(n.transactionNo(), paidAt);
        // 缴费成功 as the platform's run-as identity: the only way PAYMENT_CONFIRMED is taken
        platformActions.confirmPayment(application.getId(), application.getVersion(),
                new PaymentConfirmation(order.getOrderNo(), order.getAmount(), paidAt));
        return PaymentNotificationOutcome.CONFIRMED;
    }

    private static BigDecimal amount(String text) {
        try {
            return text == null ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDateTime time(String text) {
        try {
            return text == null ? null : LocalDateTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The caller's own application (else not found, whichever it is). */
    private Application own(long applicationId, LockModeType lock) {
        Actor actor = currentActor.get();
        Application application = em.find(Application.class, applicationId, lock);
        if (application == null || !application.isOwnedBy(actor)) {
            throw new ApplicationNotFoundException();
        }
        return application;
    }

    /** The application's orders, newest first. */
    private List<PaymentOrder> orders(long applicationId) {
        return em.createQuery("SELECT o FROM PaymentOrder o WHERE o.applicationId = :id ORDER BY o.createdAt DESC, o.id DESC",
                PaymentOrder.class).setParameter("id", applicationId).getResultList();
    }

    private static String phoneOf(Application application) {
        String phone = application.getForm() == null || application.getForm().getBasicInfo() == null ? null
                : application.getForm().getBasicInfo().getPhone();
        return phone != null ? phone : application.getApplicant().getPhone();
    }

    private PaymentOrderView view(Application application, PaymentOrder o) {
        return new PaymentOrderView(application.getId(), application.getSerialNo(), application.getSummary(),
                o.getOrderNo(), o.getPayeeName(), o.getPayeeCode(), o.getCreatedAt(), o.getDeadline(), o.getPaidAt(),
                o.getAmount(), o.getCurrency(), o.getPayerName(), o.getPayerPhone(), o.getStatus(),
                platform.cashierUrl(o.getOrderNo()));
    }

    private static String absolute(String url, String baseUrl) {
        if (url.startsWith("http://") || url.startsWith("https://") || baseUrl == null) {
            return url;
        }
        return baseUrl.replaceAll("/+$", "") + url;
    }
}
