package cn.zhicheng.application;

import java.util.Optional;

import jakarta.ejb.Local;

import cn.zhicheng.domain.model.payment.PaymentNotificationOutcome;

/**
 * 网上支付 (manual chapter 7, SPEC §7). The applicant's side: the open order of an application awaiting payment
 * (created with the fee of the level applied for when none is open; an unpaid order past its deadline expires),
 * its QR code and its printable 缴费通知书. The platform's side: its signed notification, verified here and turned
 * into 缴费成功 through {@link PlatformActions#confirmPayment} — the only way that transition is taken.
 */
@Local
public interface PaymentService {

    /** 支付: the open order of the caller's own application at 网上支付, created if none is open. INDIVIDUAL. */
    PaymentOrderView openOrder(long applicationId);

    /** The latest order (open, paid or expired, an overdue one shown expired) without creating one. INDIVIDUAL. */
    Optional<PaymentOrderView> latestOrder(long applicationId);

    /** The QR code (PNG) of the open order: the platform's cashier, made absolute with {@code baseUrl} if relative. */
    byte[] qrCode(long applicationId, String baseUrl);

    /** The 缴费通知书 of the latest order as a PDF. INDIVIDUAL. */
    ReportFile notice(long applicationId, String baseUrl);

    /**
     * The platform's notification (the callback, no login): checks the signature, the order, the amount and
     * currency and the deadline; confirms the payment once, a replay changes nothing; every notification is logged,
     * the refused ones also as security events.
     */
    PaymentNotificationOutcome receive(PaymentNotification notification, String remoteAddress);
}
