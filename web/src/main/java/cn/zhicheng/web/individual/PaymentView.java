package cn.zhicheng.web.individual;

import java.io.Serializable;
import java.util.Base64;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.StreamedContent;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.PaymentOrderView;
import cn.zhicheng.application.PaymentService;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.common.Downloads;
import cn.zhicheng.web.common.PageMessages;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 支付 (manual chapter 7): the applicant's payment page. 【支付】 creates the payment order (or shows the open one)
 * with every field of the manual, its QR code (the payment platform's cashier) and the printable 缴费通知书.
 */
@Named
@ViewScoped
public class PaymentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaymentService payments;

    @Inject
    WorkflowService workflow;

    @Inject
    LocaleView localeView;

    private Long id;
    private ApplicationSummary application;
    private PaymentOrderView order;
    private String qrDataUri;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            application = workflow.find(id);
            order = payments.latestOrder(id).orElse(null);
            qr();
        } catch (BusinessException e) {
            application = null;
            PageMessages.refused(null, e, localeView.getLocale());
        }
    }

    /** 【支付】: the open order, created if there is none (an expired one is replaced). */
    public void pay() {
        try {
            order = payments.openOrder(id);
            qr();
        } catch (BusinessException e) {
            PageMessages.refused(null, e, localeView.getLocale());
        }
    }

    public StreamedContent getNotice() {
        return Downloads.of(payments.notice(id, PageMessages.baseUrl()));
    }

    private void qr() {
        qrDataUri = order != null && order.isPayable()
                ? "data:image/png;base64," + Base64.getEncoder().encodeToString(payments.qrCode(id, PageMessages.baseUrl()))
                : null;
    }

    /** 【支付】 is offered while the application awaits payment and no order can be paid now. */
    public boolean isMayCreate() {
        return application != null && application.state() == ApplicationState.AWAITING_PAYMENT
                && (order == null || !order.isPayable());
    }

    /** The cashier's address for a link beside the QR code. */
    public String getPayHref() {
        if (order == null) {
            return null;
        }
        String url = order.payUrl();
        return url.startsWith("http") ? url : PageMessages.baseUrl() + url;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ApplicationSummary getApplication() {
        return application;
    }

    public PaymentOrderView getOrder() {
        return order;
    }

    public String getQrDataUri() {
        return qrDataUri;
    }
}
