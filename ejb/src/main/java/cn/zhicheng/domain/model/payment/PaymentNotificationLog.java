package cn.zhicheng.domain.model.payment;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One notification the payment platform sent, as received (append-only), and what became of it. */
@Entity
@Table(name = "payment_notification")
public class PaymentNotificationLog {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @Column(name = "received_at", updatable = false)
    private LocalDateTime receivedAt;

    @Column(name = "order_no", updatable = false)
    private String orderNo;

    @Column(name = "transaction_no", updatable = false)
    private String transactionNo;

    @Column(updatable = false)
    private String amount;

    @Column(updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private PaymentNotificationOutcome outcome;

    @Column(name = "remote_address", updatable = false)
    private String remoteAddress;

    protected PaymentNotificationLog() {
    }

    public PaymentNotificationLog(LocalDateTime receivedAt, String orderNo, String transactionNo, String amount,
                                  String currency, PaymentNotificationOutcome outcome, String remoteAddress) {
        this.receivedAt = receivedAt;
        this.orderNo = cut(orderNo, 64);
        this.transactionNo = cut(transactionNo, 64);
        this.amount = cut(amount, 30);
        this.currency = cut(currency, 10);
        this.outcome = outcome;
        this.remoteAddress = cut(remoteAddress, 64);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public PaymentNotificationOutcome getOutcome() {
        return outcome;
    }
}
