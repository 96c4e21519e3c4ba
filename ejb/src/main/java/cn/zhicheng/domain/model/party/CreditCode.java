package cn.zhicheng.domain.model.party;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and A-Z without I, O, Z, S, V; the 3rd to 8th are the
 * region digits, the last is the check character (weights 3^i mod 31, check = 31 - sum mod 31). The one place that
 * knows the rule.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        String upper = code.toUpperCase();
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(upper.charAt(i)) < 0) {
                return false;
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(upper.charAt(i))) {
                return false;
            }
        }
        return upper.charAt(17) == checkCharacter(upper.substring(0, 17));
    }

    /** A valid code from its first 17 characters (demo data, tests). */
    public static String of(String first17) {
        return first17 + checkCharacter(first17);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
