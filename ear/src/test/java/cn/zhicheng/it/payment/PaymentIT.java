package cn.zhicheng.it.payment;

import static cn.zhicheng.domain.model.application.ApplicationState.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.zhicheng.application.PaymentNotification;
import cn.zhicheng.application.PaymentOrderView;
import cn.zhicheng.application.ReportFile;
import cn.zhicheng.domain.model.application.ActionNotPermittedException;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.application.IllegalTransitionException;
import cn.zhicheng.domain.model.payment.PaymentNotificationOutcome;
import cn.zhicheng.domain.model.payment.PaymentStatus;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Reviews;
import cn.zhicheng.it.support.Users;

/**
 * 网上支付 through the services and the real callback over HTTP, asserted in the database: the order with the level's
 * fee, one open order at a time, the signed notification confirming the payment once however often it is replayed,
 * a bad signature, a wrong amount or currency and an unknown order refused and recorded, an order past its deadline
 * refused and replaced, and no account — the admin's included — confirming a payment.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PaymentIT.class);
    }

    @Test
    void payOpensOneOrderWithTheFeeOfTheLevelAppliedForAndOnlyForTheApplicant() throws Exception {
        Journey.Case c = Journey.at(AWAITING_PAYMENT);
        String applicant = c.applicant().username();
        PaymentOrderView first = Users.as(applicant, () -> Reviews.payments().openOrder(c.id()));
        PaymentOrderView again = Users.as(applicant, () -> Reviews.payments().openOrder(c.id()));

        assertEquals(first.orderNo(), again.orderNo(), "the open order is shown, not a second one");
        assertEquals(1, Db.count("SELECT COUNT(*) FROM payment_order WHERE application_id = ?", c.id()));
        // 工程师 (中级): the fee table's INTERMEDIATE amount; the payee of the transport office
        assertEquals(0, new BigDecimal(Db.value("SELECT amount FROM fee WHERE title_level = 'INTERMEDIATE'").toString())
                .compareTo(first.amount()));
        assertEquals(Db.string("SELECT payee_name FROM payment_payee WHERE office_id = 101"), first.payeeName());
        assertEquals("440300101001", first.payeeCode());
        assertEquals(Db.string("SELECT serial_no FROM application WHERE id = ?", c.id()) + "01", first.orderNo());
        assertEquals(c.applicant().name(), first.payerName());
        assertEquals(first.createdAt().plusDays(7), first.deadline());
        assertEquals(PaymentStatus.UNPAID, first.status());
        assertEquals("/payment-platform/pay.xhtml?order=" + first.orderNo(), first.payUrl());

        ReportFile notice = Users.as(applicant, () -> Reviews.payments().notice(c.id(), "http://127.0.0.1:8080/zhicheng"));
        assertEquals("application/pdf", notice.contentType());
        assertArrayEquals("%PDF".getBytes(), java.util.Arrays.copyOf(notice.content(), 4));
        assertTrue(Users.as(applicant, () -> Reviews.payments().qrCode(c.id(), "http://x")).length > 100);

        // another applicant's id is a missing one; staff have no payment page at all
        Journey.Case other = Journey.at(AWAITING_PAYMENT);
        assertThrows(ApplicationNotFoundException.class,
                () -> Users.as(other.applicant().username(), () -> Reviews.payments().openOrder(c.id())));
        assertThrows(EJBAccessException.class, () -> Users.as("office-jt", () -> Reviews.payments().openOrder(c.id())));
        // before 网上支付 there is nothing to pay
        Journey.Case early = Journey.at(UNIT_REVIEW);
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> Users.as(early.applicant().username(), () -> Reviews.payments().openOrder(early.id())));
        assertEquals(MessageKey.PAYMENT_NOT_AWAITING.name(), refused.code());
        assertEquals(0, Db.count("SELECT COUNT(*) FROM payment_order WHERE application_id = ?", early.id()));
    }

    @Test
    void aNotificationReplayedAHundredTimesMakesOneTransition() throws Exception {
        Journey.Case c = Journey.at(AWAITING_PAYMENT);
        PaymentOrderView order = Users.as(c.applicant().username(), () -> Reviews.payments().openOrder(c.id()));
        PaymentNotification n = Reviews.signed(order.orderNo(), "TXN-REPLAY-" + c.id(), order.amount(),
                "2021-01-10T09:00:00");
        for (int i = 0; i < 100; i++) {
            assertEquals("SUCCESS", Reviews.post(n), "attempt " + i);
        }
        assertEquals(EXPERT_REVIEW, Journey.state(c.id()));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM application_history WHERE application_id = ? "
                + "AND action = 'PAYMENT_CONFIRMED'", c.id()));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM decision_record d JOIN decision_payment p ON p.id = d.id "
                + "WHERE d.application_id = ? AND p.order_no = ?", c.id(), order.orderNo()));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM payment_notification WHERE order_no = ? AND outcome = 'CONFIRMED'",
                order.orderNo()));
        assertEquals(99, Db.count("SELECT COUNT(*) FROM payment_notification WHERE order_no = ? AND outcome = 'REPLAYED'",
                order.orderNo()));
        assertEquals("PAID", Db.string("SELECT status FROM payment_order WHERE order_no = ?", order.orderNo()));
        assertEquals("system", Db.string("SELECT actor_username FROM application_history WHERE application_id = ? "
                + "AND action = 'PAYMENT_CONFIRMED'", c.id()));
        // another transaction for the paid order changes nothing and is recorded
        assertEquals("REFUSED ALREADY_PAID", Reviews.post(Reviews.signed(order.orderNo(), "TXN-OTHER-" + c.id(),
                order.amount(), "2021-01-10T09:00:00")));
    }

    @Test
    void aBadSignatureAWrongAmountOrCurrencyAndAnUnknownOrderAreRefusedAndRecorded() throws Exception {
        Journey.Case c = Journey.at(AWAITING_PAYMENT);
        PaymentOrderView order = Users.as(c.applicant().username(), () -> Reviews.payments().openOrder(c.id()));
        long version = Journey.version(c.id());
        String txn = "TXN-BAD-" + c.id();
        String at = "2021-01-10T09:00:00";

        assertEquals("REFUSED BAD_SIGNATURE", Reviews.post(Reviews.notification(order.orderNo(), txn, order.amount(),
                "CNY", at, "not-the-shared-secret")));
        PaymentNotification good = Reviews.signed(order.orderNo(), txn, order.amount(), at);
        assertEquals("REFUSED BAD_SIGNATURE", Reviews.post(new PaymentNotification(good.orderNo(), good.transactionNo(),
                "0.01", good.currency(), good.paidAt(), good.signature())), "the amount changed after signing");
        assertEquals("REFUSED AMOUNT_MISMATCH", Reviews.post(Reviews.signed(order.orderNo(), txn,
                order.amount().subtract(new BigDecimal("0.01")), at)));
        assertEquals("REFUSED AMOUNT_MISMATCH", Reviews.post(Reviews.notification(order.orderNo(), txn, order.amount(),
                "USD", at, cn.zhicheng.infrastructure.payment.PaymentSignature.secret())));
        assertEquals("REFUSED UNKNOWN_ORDER", Reviews.post(Reviews.signed("9" + order.orderNo(), txn, order.amount(), at)));

        assertEquals(AWAITING_PAYMENT, Journey.state(c.id()));
        assertEquals(version, Journey.version(c.id()));
        assertEquals("UNPAID", Db.string("SELECT status FROM payment_order WHERE order_no = ?", order.orderNo()));
        assertEquals(2, Db.count("SELECT COUNT(*) FROM payment_notification WHERE order_no = ? AND outcome = 'BAD_SIGNATURE'",
                order.orderNo()));
        assertEquals(2, Db.count("SELECT COUNT(*) FROM payment_notification WHERE order_no = ? AND outcome = 'AMOUNT_MISMATCH'",
                order.orderNo()));
        assertEquals(5, Db.count("SELECT COUNT(*) FROM security_event WHERE event_type = 'PAYMENT_NOTIFICATION_REFUSED' "
                + "AND detail LIKE ?", "%" + order.orderNo() + "%"));
        // the real one still goes through
        assertEquals("SUCCESS", Reviews.post(good));
        assertEquals(EXPERT_REVIEW, Journey.state(c.id()));
    }

    @Test
    void anOrderPastItsDeadlineCannotBePaidAndANewOneReplacesIt() throws Exception {
        Journey.Case c = Journey.at(AWAITING_PAYMENT);
        String applicant = c.applicant().username();
        PaymentOrderView expired = Users.as(applicant, () -> Reviews.payments().openOrder(c.id()));
        String paidBeforeDeadline = LocalDateTime.of(2021, 1, 10, 9, 0).toString();
        // seven days and a minute later, on the platform's clock
        System.setProperty("zhicheng.clock.shift", String.valueOf(7 * 24 * 3600 + 60));
        try {
            IllegalTransitionException atCashier = assertThrows(IllegalTransitionException.class,
                    () -> Reviews.simulator().pay(expired.orderNo(), Reviews.callbackUrl()));
            assertEquals(MessageKey.PAYMENT_ORDER_EXPIRED.name(), atCashier.code());
            assertEquals("REFUSED ORDER_EXPIRED", Reviews.post(Reviews.signed(expired.orderNo(), "TXN-LATE-" + c.id(),
                    expired.amount(), paidBeforeDeadline)));
            assertEquals("EXPIRED", Db.string("SELECT status FROM payment_order WHERE order_no = ?", expired.orderNo()));
            assertEquals(AWAITING_PAYMENT, Journey.state(c.id()));

            PaymentOrderView renewed = Users.as(applicant, () -> Reviews.payments().openOrder(c.id()));
            assertEquals(expired.orderNo().substring(0, 19) + "02", renewed.orderNo());
            assertEquals(PaymentStatus.UNPAID, renewed.status());
            // the built-in platform pays the new order and notifies the callback itself
            String transaction = Reviews.simulator().pay(renewed.orderNo(), Reviews.callbackUrl());
            assertEquals(EXPERT_REVIEW, Journey.state(c.id()));
            assertEquals(transaction, Db.string("SELECT transaction_no FROM payment_order WHERE order_no = ?",
                    renewed.orderNo()));
            assertEquals(PaymentStatus.PAID, Users.as(applicant, () -> Reviews.payments().latestOrder(c.id())).orElseThrow()
                    .status());
        } finally {
            System.clearProperty("zhicheng.clock.shift");
        }
    }

    @Test
    void noAccountConfirmsAPaymentNotEvenWithAValidNotification() throws Exception {
        Journey.Case c = Journey.at(AWAITING_PAYMENT);
        PaymentOrderView order = Users.as(c.applicant().username(), () -> Reviews.payments().openOrder(c.id()));
        PaymentNotification valid = Reviews.signed(order.orderNo(), "TXN-ADMIN-" + c.id(), order.amount(),
                "2021-01-10T09:00:00");
        long version = Journey.version(c.id());
        for (String account : new String[] {"admin", c.applicant().username(), "office-jt"}) {
            // the callback's service is open to the platform's unauthenticated call; a caller with an account is
            // refused by the platform's identity, and nothing of the notification stays
            assertThrows(ActionNotPermittedException.class,
                    () -> Users.as(account, () -> Reviews.payments().receive(valid, "127.0.0.1")), account);
        }
        assertEquals(AWAITING_PAYMENT, Journey.state(c.id()));
        assertEquals(version, Journey.version(c.id()));
        assertEquals("UNPAID", Db.string("SELECT status FROM payment_order WHERE order_no = ?", order.orderNo()));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM payment_notification WHERE order_no = ?", order.orderNo()));
        assertTrue(Db.count("SELECT COUNT(*) FROM security_event WHERE username = 'admin' AND event_type = 'ACTION_REFUSED' "
                + "AND detail LIKE ?", "PAYMENT_CONFIRMED on " + c.id() + "%") >= 1);
        assertEquals(PaymentNotificationOutcome.CONFIRMED, Reviews.payments().receive(valid, "127.0.0.1"),
                "the platform itself, holding no account");
        assertEquals(EXPERT_REVIEW, Journey.state(c.id()));
    }
}
