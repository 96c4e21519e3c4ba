/**
 * The payment platform (SPEC §7, §9) behind one interface, {@link cn.zhicheng.infrastructure.payment.PaymentPlatform}:
 * where an order is paid (the QR code's content) and whether a notification carries its signature. The default,
 * {@link cn.zhicheng.infrastructure.payment.SimulatedPaymentPlatform}, is the built-in simulator (its cashier page is
 * {@code /payment-platform/pay.xhtml}); it signs with HMAC-SHA256 and the shared secret of the system property
 * {@code zhicheng.payment.secret} (demo default {@value cn.zhicheng.infrastructure.payment.PaymentSignature#DEMO_SECRET}).
 * A real platform is another {@code @Alternative} implementation with its cashier URL and its own verification; the
 * callback ({@code /payment-platform/notify}) and {@code PaymentService.receive} stay as they are.
 */
package cn.zhicheng.infrastructure.payment;
