package cn.zhicheng.domain.model.party;

import java.security.SecureRandom;
import java.util.Locale;

import cn.zhicheng.domain.shared.MessageKey;

/**
 * The one password rule of the platform, for a password a person chooses (registration, change, reset) and for the
 * initial passwords the platform generates (权限管理, 账户管理): 8 to 64 characters, at least three of upper-case
 * letters, lower-case letters, digits and symbols, no spaces, and neither containing the user name nor equal to the
 * ID number.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;
    public static final int INITIAL_LENGTH = 12;

    // no 0/O, 1/l/I in generated passwords: an admin reads them out or copies them
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "@#%&*+=?";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** The reason the password is refused, or null when it is acceptable for this user name and ID number. */
    public static MessageKey defect(String password, String username, String idNumber) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return MessageKey.PASSWORD_LENGTH;
        }
        int upper = 0;
        int lower = 0;
        int digit = 0;
        int symbol = 0;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isWhitespace(c)) {
                return MessageKey.PASSWORD_WEAK;
            } else if (c >= 'A' && c <= 'Z') {
                upper = 1;
            } else if (c >= 'a' && c <= 'z') {
                lower = 1;
            } else if (c >= '0' && c <= '9') {
                digit = 1;
            } else {
                symbol = 1;
            }
        }
        if (upper + lower + digit + symbol < 3) {
            return MessageKey.PASSWORD_WEAK;
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && folded.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return MessageKey.PASSWORD_CONTAINS_NAME;
        }
        if (idNumber != null && !idNumber.isBlank() && folded.contains(idNumber.strip().toLowerCase(Locale.ROOT))) {
            return MessageKey.PASSWORD_CONTAINS_NAME;
        }
        return null;
    }

    /** A generated initial password: 12 characters with an upper- and a lower-case letter, a digit and a symbol. */
    public static String initial() {
        String all = UPPER + LOWER + DIGITS + SYMBOLS;
        char[] chars = new char[INITIAL_LENGTH];
        chars[0] = UPPER.charAt(RANDOM.nextInt(UPPER.length()));
        chars[1] = LOWER.charAt(RANDOM.nextInt(LOWER.length()));
        chars[2] = DIGITS.charAt(RANDOM.nextInt(DIGITS.length()));
        chars[3] = SYMBOLS.charAt(RANDOM.nextInt(SYMBOLS.length()));
        for (int i = 4; i < chars.length; i++) {
            chars[i] = all.charAt(RANDOM.nextInt(all.length()));
        }
        for (int i = chars.length - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char t = chars[i];
            chars[i] = chars[j];
            chars[j] = t;
        }
        return new String(chars);
    }
}
