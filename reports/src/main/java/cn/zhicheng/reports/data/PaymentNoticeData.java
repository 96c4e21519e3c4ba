package cn.zhicheng.reports.data;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** What the 缴费通知书 prints: the order's fields as text (formatted by the service) and its QR code. */
public class PaymentNoticeData {

    private String orderNo;
    private String serialNo;
    private String summary;
    private String payeeName;
    private String payeeCode;
    private String payerName;
    private String payerPhone;
    private String amountText;
    private String createdAtText;
    private String deadlineText;
    private String paidAtText;
    private String statusLabel;
    private String payUrl;
    private byte[] qrCode;
    private String printedAtText;

    public String getOrderNo() {
        return orderNo;
    }

    public void setOrderNo(String orderNo) {
        this.orderNo = orderNo;
    }

    public String getSerialNo() {
        return serialNo;
    }

    public void setSerialNo(String serialNo) {
        this.serialNo = serialNo;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getPayeeName() {
        return payeeName;
    }

    public void setPayeeName(String payeeName) {
        this.payeeName = payeeName;
    }

    public String getPayeeCode() {
        return payeeCode;
    }

    public void setPayeeCode(String payeeCode) {
        this.payeeCode = payeeCode;
    }

    public String getPayerName() {
        return payerName;
    }

    public void setPayerName(String payerName) {
        this.payerName = payerName;
    }

    public String getPayerPhone() {
        return payerPhone;
    }

    public void setPayerPhone(String payerPhone) {
        this.payerPhone = payerPhone;
    }

    public String getAmountText() {
        return amountText;
    }

    public void setAmountText(String amountText) {
        this.amountText = amountText;
    }

    public String getCreatedAtText() {
        return createdAtText;
    }

    public void setCreatedAtText(String createdAtText) {
        this.createdAtText = createdAtText;
    }

    public String getDeadlineText() {
        return deadlineText;
    }

    public void setDeadlineText(String deadlineText) {
        this.deadlineText = deadlineText;
    }

    public String getPaidAtText() {
        return paidAtText;
    }

    public void setPaidAtText(String paidAtText) {
        this.paidAtText = paidAtText;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    public void setStatusLabel(String statusLabel) {
        this.statusLabel = statusLabel;
    }

    public String getPayUrl() {
        return payUrl;
    }

    public void setPayUrl(String payUrl) {
        this.payUrl = payUrl;
    }

    public byte[] getQrCode() {
        return qrCode == null ? null : qrCode.clone();
    }

    public void setQrCode(byte[] qrCode) {
        this.qrCode = qrCode == null ? null : qrCode.clone();
    }

    /** The QR code for the template's image element (a fresh stream per fill). */
    public InputStream getQrCodeImage() {
        return qrCode == null ? null : new ByteArrayInputStream(qrCode);
    }

    public String getPrintedAtText() {
        return printedAtText;
    }

    public void setPrintedAtText(String printedAtText) {
        this.printedAtText = printedAtText;
    }
}
