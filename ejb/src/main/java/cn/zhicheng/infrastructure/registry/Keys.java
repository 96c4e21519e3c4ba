package cn.zhicheng.infrastructure.registry;

import java.util.Locale;

/** How lookup keys are normalised, the same way for seeded rows and for what a user typed. */
final class Keys {

    private Keys() {
    }

    /** Trimmed; {@code null} when blank. */
    static String plain(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
    }

    /** An identity number: trimmed, and the check character x written as X (GB 11643). */
    static String idNumber(String value) {
        String plain = plain(value);
        return plain == null ? null : plain.toUpperCase(Locale.ROOT);
    }
}
