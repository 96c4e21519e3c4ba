package cn.zhicheng.domain.model.decision;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/** 缴费成功: the confirmed payment order. */
@Entity
@Table(name = "decision_payment")
@PrimaryKeyJoinColumn(name = "id")
@DiscriminatorValue("PAYMENT")
public class PaymentRecord extends DecisionRecord {

    @Column(name = "order_no", nullable = false, updatable = false, length = 64)
    private String orderNo;

    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "paid_at", nullable = false, updatable = false)
    private LocalDateTime paidAt;

    protected PaymentRecord() {
    }

    public PaymentRecord(Header header, String orderNo, BigDecimal amount, LocalDateTime paidAt) {
        super(header);
        this.orderNo = orderNo;
        this.amount = amount;
        this.paidAt = paidAt;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDateTime getPaidAt() {
        return paidAt;
    }
}
