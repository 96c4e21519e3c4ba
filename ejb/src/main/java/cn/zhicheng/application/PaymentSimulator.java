package cn.zhicheng.application;

import jakarta.ejb.Local;

/**
 * The built-in payment platform (the default of SPEC §9): its cashier page shows an order and pays it, and it then
 * notifies the platform's callback as the real platform would, signed with the shared secret. A real platform
 * replaces this and the cashier page; the callback stays.
 */
@Local
public interface PaymentSimulator {

    /** What the cashier shows of an order. */
    SimulatedOrder order(String orderNo);

    /**
     * Pays the order and posts the signed notification to {@code callbackUrl}; returns the platform's transaction
     * number once the callback accepted it.
     */
    String pay(String orderNo, String callbackUrl);

    /** An order as the platform sees it: number, payee, payer (masked), amount, deadline, whether still payable. */
    record SimulatedOrder(String orderNo, String payeeName, String payeeCode, String payerName,
                          java.math.BigDecimal amount, String currency, java.time.LocalDateTime deadline,
                          String statusLabel, boolean payable) implements java.io.Serializable {
    }
}
