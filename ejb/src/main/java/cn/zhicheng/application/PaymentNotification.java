package cn.zhicheng.application;

import java.io.Serializable;

/**
 * The payment platform's notification that an order was paid, as it arrives at the callback: every field as sent
 * (the amount and time unparsed, so that the signature is checked on exactly what was signed) and the signature,
 * hex HMAC-SHA256 of {@link #signedText()} with the shared secret.
 */
public record PaymentNotification(String orderNo, String transactionNo, String amount, String currency,
                                  String paidAt, String signature) implements Serializable {

    /** What the platform signs: the fields in this order, joined by '|'. */
    public String signedText() {
        return String.join("|", nz(orderNo), nz(transactionNo), nz(amount), nz(currency), nz(paidAt));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
