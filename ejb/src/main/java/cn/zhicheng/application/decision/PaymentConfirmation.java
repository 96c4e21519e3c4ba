package cn.zhicheng.application.decision;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.shared.MessageKey;

/** 缴费成功: the payment platform's confirmed order. Taken only by the platform's system identity. */
public record PaymentConfirmation(String orderNo, BigDecimal amount, LocalDateTime paidAt) implements Decision {

    @Override
    public Action action() {
        return Action.PAYMENT_CONFIRMED;
    }

    @Override
    public String opinion() {
        return "缴费成功，订单号" + orderNo + "，金额" + (amount == null ? null : amount.toPlainString()) + "元。";
    }

    @Override
    public void check(DecisionContext context) {
        if (Decisions.isBlank(orderNo) || amount == null || paidAt == null) {
            throw new DecisionRefusedException(MessageKey.PAYMENT_INCOMPLETE);
        }
        if (amount.signum() <= 0) {
            throw new DecisionRefusedException(MessageKey.PAYMENT_AMOUNT_INVALID);
        }
        if (paidAt.isAfter(context.now())) {
            throw new DecisionRefusedException(MessageKey.PAYMENT_IN_FUTURE, paidAt);
        }
    }
}
