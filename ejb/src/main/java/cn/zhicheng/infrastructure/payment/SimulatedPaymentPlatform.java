package cn.zhicheng.infrastructure.payment;

import jakarta.enterprise.context.ApplicationScoped;

import cn.zhicheng.application.PaymentNotification;

/** The built-in payment platform: its cashier is the page {@code /payment-platform/pay.xhtml} of this application. */
@ApplicationScoped
public class SimulatedPaymentPlatform implements PaymentPlatform {

    public static final String CASHIER_PATH = "/payment-platform/pay.xhtml?order=";

    @Override
    public String cashierUrl(String orderNo) {
        return CASHIER_PATH + orderNo;
    }

    @Override
    public boolean verify(PaymentNotification notification) {
        return PaymentSignature.matches(notification.signedText(), notification.signature(), PaymentSignature.secret());
    }
}
