package cn.zhicheng.infrastructure.payment;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.PaymentNotification;
import cn.zhicheng.application.PaymentSimulator;
import cn.zhicheng.domain.model.application.IllegalTransitionException;
import cn.zhicheng.domain.model.payment.PaymentOrder;
import cn.zhicheng.domain.model.payment.PaymentStatus;
import cn.zhicheng.domain.shared.MessageKey;

/**
 * The built-in payment platform's cashier: it plays the external platform, so it knows an order only by its number,
 * shows what a cashier shows (the payer's name masked), and after "paying" notifies the callback over HTTP, signed
 * with the shared secret, exactly as a real platform's server would. No transaction of its own: the callback it
 * calls locks the order.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SimulatedCashier implements PaymentSimulator {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter TXN = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    Clock clock;

    @Override
    public SimulatedOrder order(String orderNo) {
        PaymentOrder o = find(orderNo);
        LocalDateTime now = LocalDateTime.now(clock);
        boolean payable = o.getStatus() == PaymentStatus.UNPAID && !o.isOverdue(now);
        PaymentStatus shown = o.isOverdue(now) ? PaymentStatus.EXPIRED : o.getStatus();
        return new SimulatedOrder(o.getOrderNo(), o.getPayeeName(), o.getPayeeCode(), mask(o.getPayerName()),
                o.getAmount(), o.getCurrency(), o.getDeadline(), shown.label(), payable);
    }

    @Override
    public String pay(String orderNo, String callbackUrl) {
        PaymentOrder o = find(orderNo);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        if (o.getStatus() == PaymentStatus.PAID) {
            throw new IllegalTransitionException(MessageKey.PAYMENT_ORDER_ALREADY_PAID, orderNo);
        }
        if (o.getStatus() == PaymentStatus.EXPIRED || o.isOverdue(now)) {
            throw new IllegalTransitionException(MessageKey.PAYMENT_ORDER_EXPIRED, orderNo, o.getDeadline());
        }
        String transactionNo = "SIM" + now.format(TXN) + String.format("%06d", RANDOM.nextInt(1_000_000));
        PaymentNotification unsigned = new PaymentNotification(o.getOrderNo(), transactionNo,
                o.getAmount().toPlainString(), o.getCurrency(), now.toString(), null);
        PaymentNotification signed = new PaymentNotification(unsigned.orderNo(), unsigned.transactionNo(),
                unsigned.amount(), unsigned.currency(), unsigned.paidAt(),
                PaymentSignature.sign(unsigned.signedText(), PaymentSignature.secret()));
        String answer = post(callbackUrl, signed);
        if (!"SUCCESS".equals(answer)) {
            throw new IllegalTransitionException(MessageKey.PAYMENT_PLATFORM_FAILED, answer);
        }
        return transactionNo;
    }

    /** Posts a notification as the platform's server does (form fields); returns the callback's answer. */
    public static String post(String callbackUrl, PaymentNotification n) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("orderNo", n.orderNo());
        fields.put("transactionNo", n.transactionNo());
        fields.put("amount", n.amount());
        fields.put("currency", n.currency());
        fields.put("paidAt", n.paidAt());
        fields.put("signature", n.signature());
        String body = fields.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(callbackUrl))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            return response.body() == null ? "HTTP " + response.statusCode() : response.body().strip();
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private PaymentOrder find(String orderNo) {
        List<PaymentOrder> found = orderNo == null ? List.of()
                : em.createQuery("SELECT o FROM PaymentOrder o WHERE o.orderNo = :no", PaymentOrder.class)
                .setParameter("no", orderNo).getResultList();
        if (found.isEmpty()) {
            throw new IllegalTransitionException(MessageKey.PAYMENT_ORDER_NOT_FOUND, orderNo);
        }
        return found.get(0);
    }

    /** 王五 → 王*, 欧阳娜娜 → 欧**娜: a cashier shows no full name. */
    static String mask(String name) {
        if (name == null || name.length() < 2) {
            return name;
        }
        if (name.length() == 2) {
            return name.charAt(0) + "*";
        }
        return name.charAt(0) + "*".repeat(name.length() - 2) + name.charAt(name.length() - 1);
    }
}
