package cn.zhicheng.domain.model.account;

import java.time.Duration;
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
import jakarta.persistence.Version;

/**
 * A one-time code sent to a phone (注册, 忘记密码): 6 digits, valid 10 minutes, used once, at most 5 tries. Only its
 * hash is stored. The limits per phone (one a minute, ten a day) count these rows, so they hold on every node.
 */
@Entity
@Table(name = "one_time_code")
@Cacheable(false)
public class OneTimeCode {

    public static final Duration VALIDITY = Duration.ofMinutes(10);
    public static final int MAX_TRIES = 5;
    public static final Duration RESEND_INTERVAL = Duration.ofMinutes(1);
    public static final int MAX_PER_DAY = 10;

    public enum Purpose { REGISTER, RESET_PASSWORD, FORGOT_USERNAME }

    /** What a try at a code gave. */
    public enum Check { ACCEPTED, WRONG, EXPIRED, USED, TOO_MANY_TRIES }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    private String phone;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    /** The user name a reset code was asked for (lower case), or null. */
    private String subject;

    @Column(name = "code_hash")
    private String codeHash;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    private int tries;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    @Version
    private long version;

    protected OneTimeCode() {
    }

    public OneTimeCode(String phone, Purpose purpose, String subject, String codeHash, LocalDateTime now) {
        this.phone = phone;
        this.purpose = purpose;
        this.subject = subject;
        this.codeHash = codeHash;
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    /**
     * One try: refused when used, expired or tried too often; a wrong code counts a try; the right one uses the
     * code up. {@code matches} is whether the typed code hashes to this one.
     */
    public Check attempt(boolean matches, LocalDateTime now) {
        if (usedAt != null) {
            return Check.USED;
        }
        if (!now.isBefore(expiresAt)) {
            return Check.EXPIRED;
        }
        if (tries >= MAX_TRIES) {
            return Check.TOO_MANY_TRIES;
        }
        tries++;
        if (!matches) {
            return Check.WRONG;
        }
        usedAt = now;
        return Check.ACCEPTED;
    }

    public Long getId() {
        return id;
    }

    public String getPhone() {
        return phone;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getSubject() {
        return subject;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public int getTries() {
        return tries;
    }
}
