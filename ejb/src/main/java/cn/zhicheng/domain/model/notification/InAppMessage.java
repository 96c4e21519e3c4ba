package cn.zhicheng.domain.model.notification;

import java.time.LocalDateTime;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 站内消息: what happened to an application, for one account; read once opened. */
@Entity
@Table(name = "in_app_message")
@Cacheable(false)
public class InAppMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "serial_no")
    private String serialNo;

    private String action;

    private String body;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected InAppMessage() {
    }

    public InAppMessage(Long accountId, Long applicationId, String serialNo, String action, String body,
                        LocalDateTime now) {
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.serialNo = serialNo;
        this.action = action;
        this.body = body.length() <= 500 ? body : body.substring(0, 500);
        this.createdAt = now;
    }

    public void markRead(LocalDateTime now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }
}
