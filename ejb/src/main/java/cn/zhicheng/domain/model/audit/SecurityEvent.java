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
        // account administration (s8-admin): the account's username, the admin in the detail
        ACCOUNT_CREATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, ACCOUNT_UNLOCKED, PASSWORD_RESET,
        // payment: a notification refused by the callback (bad signature, amount, order, expiry)
        PAYMENT_NOTIFICATION_REFUSED
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

    protected SecurityEvent() {
    }

    public SecurityEvent(LocalDateTime occurredAt, String username, Type type, String remoteAddress, String detail) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.type = type;
        this.remoteAddress = remoteAddress;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
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
