package cn.zhicheng.domain.model.notification;

import java.time.LocalDateTime;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message the built-in SMS / e-mail simulator "sent": what a real gateway would have delivered. Append-only. */
@Entity
@Table(name = "outbox_message")
@Cacheable(false)
public class OutboxMessage {

    public enum Channel { SMS, EMAIL }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String recipient;

    private String body;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(Channel channel, String recipient, String body, LocalDateTime now) {
        this.channel = channel;
        this.recipient = recipient;
        this.body = body.length() <= 1000 ? body : body.substring(0, 1000);
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
