package cn.zhicheng.domain.model.payment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A payment order (缴费通知书) of one application: the fee of the level applied for, who collects it and who pays,
 * open until its deadline (截止缴费时间). Paid once, by the payment platform's verified notification; an unpaid order
 * past its deadline is expired and a new one may be created.
 */
@Entity
@Table(name = "payment_order")
public class PaymentOrder {

    /** How long an order may be paid: 截止缴费时间 = 订单生成时间 + 7 days. */
    public static final Duration VALIDITY = Duration.ofDays(7);
    public static final String CURRENCY = "CNY";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @Column(name = "order_no", nullable = false, updatable = false)
    private String orderNo;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "payee_name", nullable = false, updatable = false)
    private String payeeName;

    @Column(name = "payee_code", nullable = false, updatable = false)
    private String payeeCode;

    @Column(name = "payer_name", nullable = false, updatable = false)
    private String payerName;

    @Column(name = "payer_phone", updatable = false)
    private String payerPhone;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    private PaymentStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(nullable = false, updatable = false)
    private LocalDateTime deadline;

    @Column(name = "paid_at")
    private LocalDateTime paidAt;

    @Column(name = "transaction_no")
    private String transactionNo;

    @Version
    private long version;

    protected PaymentOrder() {
    }

    /**
     * A new unpaid order. Its number is the application's 业务流水号 and a two-digit attempt (01, 02 … after an
     * expiry): unique, and readable on the printed notice.
     */
    public PaymentOrder(String serialNo, int attempt, long applicationId, Payee payee, String payerName,
                        String payerPhone, BigDecimal amount, LocalDateTime now) {
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("no fee for the order: " + amount);
        }
        this.orderNo = serialNo + String.format("%02d", attempt);
        this.applicationId = applicationId;
        this.payeeName = payee.getName();
        this.payeeCode = payee.getCode();
        this.payerName = payerName;
        this.payerPhone = payerPhone;
        this.amount = amount;
        this.currency = CURRENCY;
        this.status = PaymentStatus.UNPAID;
        this.createdAt = now;
        this.deadline = now.plus(VALIDITY);
    }

    /** Unpaid and past its deadline at {@code now}. */
    public boolean isOverdue(LocalDateTime now) {
        return status == PaymentStatus.UNPAID && !now.isBefore(deadline);
    }

    /** Marks an overdue order expired; returns whether it changed. */
    public boolean expireIfOverdue(LocalDateTime now) {
        if (isOverdue(now)) {
            status = PaymentStatus.EXPIRED;
            return true;
        }
        return false;
    }

    /** Whether the platform's notification matches this order: the same amount (to the cent) and currency. */
    public boolean matches(BigDecimal paid, String paidCurrency) {
        return paid != null && amount.compareTo(paid) == 0 && CURRENCY.equals(paidCurrency);
    }

    /** The platform confirmed the payment (the caller checked the signature, amount and deadline). */
    public void markPaid(String transactionNo, LocalDateTime paidAt) {
        if (status != PaymentStatus.UNPAID) {
            throw new IllegalStateException("order " + orderNo + " is " + status);
        }
        this.status = PaymentStatus.PAID;
        this.transactionNo = transactionNo;
        this.paidAt = paidAt;
    }

    public Long getId() {
        return id;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getPayeeName() {
        return payeeName;
    }

    public String getPayeeCode() {
        return payeeCode;
    }

    public String getPayerName() {
        return payerName;
    }

    public String getPayerPhone() {
        return payerPhone;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public LocalDateTime getPaidAt() {
        return paidAt;
    }

    public String getTransactionNo() {
        return transactionNo;
    }

    public long getVersion() {
        return version;
    }
}
