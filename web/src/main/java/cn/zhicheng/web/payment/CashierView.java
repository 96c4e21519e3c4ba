package cn.zhicheng.web.payment;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.PaymentSimulator;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.common.PageMessages;
import cn.zhicheng.web.shell.LocaleView;

/**
 * The built-in payment platform's cashier page (the QR code's target): it shows the order as the platform knows it
 * and pays it; the platform then notifies {@code /payment-platform/notify} on its own, signed.
 */
@Named
@ViewScoped
public class CashierView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Where the platform posts its notification, when not this application's own callback. */
    static final String CALLBACK_PROPERTY = "zhicheng.payment.callback-url";

    @Inject
    PaymentSimulator simulator;

    @Inject
    LocaleView localeView;

    private String orderNo;
    private PaymentSimulator.SimulatedOrder order;
    private String transactionNo;

    public void load() {
        if (orderNo == null) {
            return;
        }
        try {
            order = simulator.order(orderNo);
        } catch (BusinessException e) {
            order = null;
            PageMessages.refused(null, e, localeView.getLocale());
        }
    }

    public void pay() {
        try {
            transactionNo = simulator.pay(orderNo, callbackUrl());
            order = simulator.order(orderNo);
        } catch (BusinessException e) {
            PageMessages.refused(null, e, localeView.getLocale());
            load();
        }
    }

    static String callbackUrl() {
        String configured = System.getProperty(CALLBACK_PROPERTY);
        return configured == null || configured.isBlank() ? PageMessages.baseUrl() + PaymentCallbackServlet.PATH
                : configured;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public void setOrderNo(String orderNo) {
        this.orderNo = orderNo;
    }

    public PaymentSimulator.SimulatedOrder getOrder() {
        return order;
    }

    public String getTransactionNo() {
        return transactionNo;
    }
}
