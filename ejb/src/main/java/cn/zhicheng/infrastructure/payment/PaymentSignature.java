package cn.zhicheng.infrastructure.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 over a notification's signed text with the secret shared with the payment platform. */
public final class PaymentSignature {

    /** The secret's system property; set it on every real deployment. */
    public static final String SECRET_PROPERTY = "zhicheng.payment.secret";
    /** The demo's secret (README), used when the property is not set. */
    public static final String DEMO_SECRET = "zc-demo-payment-secret";

    private PaymentSignature() {
    }

    public static String secret() {
        String configured = System.getProperty(SECRET_PROPERTY);
        return configured == null || configured.isBlank() ? DEMO_SECRET : configured;
    }

    /** Lower-case hex of HMAC-SHA256(secret, text). */
    public static String sign(String text, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Compares in constant time, so that the answer's timing tells nothing about the right signature. */
    public static boolean matches(String text, String signature, String secret) {
        if (signature == null) {
            return false;
        }
        byte[] expected = sign(text, secret).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.trim().toLowerCase().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}
