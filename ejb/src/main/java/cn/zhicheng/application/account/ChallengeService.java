package cn.zhicheng.application.account;

import jakarta.ejb.Local;

/**
 * The platform's own challenge (图形验证码): a picture of four digits served by the platform, answered once. Login
 * shows it after two failures for the same user name or from the same client; every registration and recovery form
 * shows it always.
 */
@Local
public interface ChallengeService {

    /** A new challenge; answers its token. */
    String issue();

    /** The PNG picture of an open challenge, or null. */
    byte[] picture(String token);

    /**
     * Whether the answer is right; any answer uses the challenge up (in its own transaction), and a wrong or missing
     * one is recorded as {@code CHALLENGE_FAILED} for the name (may be null) and address.
     */
    boolean verify(ChallengeAnswer answer, String username, String remoteAddress);

    /** Whether a login for this name or from this client must first answer a challenge. */
    boolean requiredForLogin(String username, String clientKey);
}
