package cn.zhicheng.reports;

import java.util.List;
import java.util.Map;

import cn.zhicheng.reports.data.PaymentNoticeData;

/** 缴费通知书 (manual chapter 7): the payment order printed, with its QR code, to pay by scanning or at a counter. */
public final class PaymentNoticeReport {

    public static final String TITLE = "职称评审费缴费通知书";

    private PaymentNoticeReport() {
    }

    /** The notice as a one-page A4 PDF. */
    public static byte[] render(PaymentNoticeData data) {
        return PdfRenderer.render("payment-notice", List.of(data), Map.of());
    }

    /** The download's name, e.g. 职称评审费缴费通知书-003202101070000000101.pdf. */
    public static String fileName(PaymentNoticeData data) {
        return TITLE + "-" + data.getOrderNo().replaceAll("[^0-9A-Za-z]", "_") + ".pdf";
    }
}
