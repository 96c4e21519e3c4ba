/**
 * 网上支付 (manual chapter 7): the payment order (缴费通知书) an applicant pays at {@code AWAITING_PAYMENT}, who
 * collects the fee (执收单位), and the log of the payment platform's notifications.
 */
package cn.zhicheng.domain.model.payment;
