package cn.zhicheng.domain.model.account;

import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The platform's own challenge (图形验证码): four digits drawn in a picture the platform serves; answered once, right
 * or wrong, within five minutes. Kept in the database, so any node can check an answer to a picture another served.
 */
@Entity
@Table(name = "login_challenge")
@Cacheable(false)
public class LoginChallenge {

    public static final Duration VALIDITY = Duration.ofMinutes(5);
    public static final int DIGITS = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    private String token;

    private String answer;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    @Version
    private long version;

    protected LoginChallenge() {
    }

    public LoginChallenge(String token, String answer, LocalDateTime now) {
        this.token = token;
        this.answer = answer;
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    /** True for the right answer in time; any answer uses the challenge up. */
    public boolean answer(String given, LocalDateTime now) {
        if (usedAt != null || !now.isBefore(expiresAt)) {
            return false;
        }
        usedAt = now;
        return given != null && answer.equals(given.strip());
    }

    public boolean isOpenAt(LocalDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public String getToken() {
        return token;
    }

    public String getAnswer() {
        return answer;
    }
}
