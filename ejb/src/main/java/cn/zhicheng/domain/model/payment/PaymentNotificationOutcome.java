package cn.zhicheng.domain.model.payment;

/** What became of a notification of the payment platform. */
public enum PaymentNotificationOutcome {
    /** Verified and matched: the order is paid and the application moved on to 专家评审. */
    CONFIRMED,
    /** A repeat of a notification already confirmed: nothing changed. */
    REPLAYED,
    BAD_SIGNATURE,
    /** An amount or time that does not parse. */
    MALFORMED,
    UNKNOWN_ORDER,
    AMOUNT_MISMATCH,
    ORDER_EXPIRED,
    /** Another transaction for an order already paid by a different one. */
    ALREADY_PAID,
    /** The application is no longer awaiting payment. */
    NOT_AWAITING_PAYMENT;

    /** Whether the platform is told the notification was received (so that it stops resending). */
    public boolean accepted() {
        return this == CONFIRMED || this == REPLAYED;
    }
}
