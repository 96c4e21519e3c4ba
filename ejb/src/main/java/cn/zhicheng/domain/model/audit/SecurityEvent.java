package cn.zhicheng.domain.model.audit;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A security-relevant event: who, when, from where, what. Never carries a password. Append-only. */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    public enum Type {
        LOGIN_SUCCESS, LOGIN_FAILURE, ACCOUNT_LOCKED, LOGIN_REFUSED_LOCKED, LOGIN_REFUSED_WRONG_TAB, LOGOUT,
        ACTION_REFUSED,
        // account administration: the account's username, the admin in the detail
        ACCOUNT_CREATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, ACCOUNT_UNLOCKED, PASSWORD_RESET,
        // payment: a notification refused by the callback (bad signature, amount, order, expiry)
        PAYMENT_NOTIFICATION_REFUSED,
        // ---- registration, recovery, the login's defences
        ACCOUNT_REGISTERED, UNIT_REGISTERED, CODE_SENT, CODE_REFUSED, USERNAME_REMINDED, PASSWORD_CHANGED,
        PASSWORD_RESET_BY_CODE, CHALLENGE_FAILED, LOGIN_THROTTLED, SESSION_ENDED,
        // refusals recorded by the one interceptor (RefusalInterceptor) and the web's 403 page
        ROLE_REFUSED, READ_REFUSED, UPLOAD_REFUSED, VALIDATION_REFUSED, WEB_FORBIDDEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @Column(name = "occurred_at")
    private LocalDateTime occurredAt;

    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    private Type type;

    @Column(name = "remote_address")
    private String remoteAddress;

    private String detail;

    /** The browser (its zc-client cookie) a login event came from, or null. */
    @Column(name = "client_key")
    private String clientKey;

    protected SecurityEvent() {
    }

    public SecurityEvent(LocalDateTime occurredAt, String username, Type type, String remoteAddress, String detail) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.type = type;
        this.remoteAddress = remoteAddress;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    /** An event with the client it came from (the login's challenge counts failures per client). */
    public SecurityEvent(LocalDateTime occurredAt, String username, Type type, String remoteAddress, String detail,
                         String clientKey) {
        this(occurredAt, username, type, remoteAddress, detail);
        this.clientKey = clientKey == null || clientKey.length() <= 64 ? clientKey : clientKey.substring(0, 64);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public Type getType() {
        return type;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public String getDetail() {
        return detail;
    }
}
