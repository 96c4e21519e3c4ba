package cn.zhicheng.domain.model.payment;

import cn.zhicheng.domain.shared.Labelled;

/** 缴费状态 of a payment order. */
public enum PaymentStatus implements Labelled {
    UNPAID("未缴费"),
    PAID("已缴费"),
    EXPIRED("已过期");

    private final String label;

    PaymentStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
