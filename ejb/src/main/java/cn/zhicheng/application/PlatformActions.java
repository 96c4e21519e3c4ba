package cn.zhicheng.application;

import jakarta.ejb.Local;

import cn.zhicheng.application.decision.PaymentConfirmation;

/**
 * The actions only the platform itself takes (缴费成功, 逾期关闭), for internal callers that hold no account: the
 * verified payment notification, timers, the deadline job. Each runs as the run-as identity {@code SYSTEM}; a caller
 * holding an account (the system administrator's included) is refused and the refusal recorded.
 */
@Local
public interface PlatformActions {

    /** 缴费成功: the payment platform confirmed the order of an application awaiting payment. */
    ApplicationSummary confirmPayment(long applicationId, long expectedVersion, PaymentConfirmation payment);

    /** 逾期关闭 of one application, once its committee's deadline has passed. */
    ApplicationSummary closeByDeadline(long applicationId, long expectedVersion);

    /** The deadline cut-off of one committee and review year; returns how many applications were closed. */
    int closeOverdue(long committeeId, int year);

    /** The deadline cut-off of every committee whose deadline has passed; returns how many were closed. */
    int closeAllOverdue();
}
