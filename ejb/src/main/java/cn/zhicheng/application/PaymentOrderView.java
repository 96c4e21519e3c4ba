package cn.zhicheng.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

import cn.zhicheng.domain.model.payment.PaymentStatus;

/**
 * A payment order as the 支付 page shows it (manual chapter 7): 执收单位名称/编码, 缴费通知书号码, 订单生成时间,
 * 截止缴费时间, 缴费时间, 实收费用, 缴款人, 联系电话, 缴费总金额, 缴费状态, and where it is paid ({@code payUrl}: the
 * platform's cashier, the QR code's content; relative when the platform is the built-in simulator).
 */
public record PaymentOrderView(long applicationId, String serialNo, String summary, String orderNo,
                               String payeeName, String payeeCode, LocalDateTime createdAt, LocalDateTime deadline,
                               LocalDateTime paidAt, BigDecimal amount, String currency, String payerName,
                               String payerPhone, PaymentStatus status, String payUrl) implements Serializable {

    /** 缴费总金额: one fee per order. */
    public BigDecimal totalAmount() {
        return amount;
    }

    public boolean isPayable() {
        return status == PaymentStatus.UNPAID;
    }
}
