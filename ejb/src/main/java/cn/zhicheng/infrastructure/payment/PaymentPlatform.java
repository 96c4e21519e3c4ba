package cn.zhicheng.infrastructure.payment;

import cn.zhicheng.application.PaymentNotification;

/** The external payment platform as this system talks to it. */
public interface PaymentPlatform {

    /** Where the payer pays the order: the QR code's content (relative to the application for the simulator). */
    String cashierUrl(String orderNo);

    /** Whether the notification carries the platform's valid signature. */
    boolean verify(PaymentNotification notification);
}
