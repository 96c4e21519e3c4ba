package cn.zhicheng.domain.model.party;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The 18-digit resident identity number of GB 11643: region, birth date, sequence, ISO 7064 MOD 11-2 check.
 * The one place that knows the rule: the submit validator, the demo data, the tests and the personnel import use it.
 */
public final class ResidentId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;

    private ResidentId() {
    }

    public static boolean isValid(String number) {
        if (number == null || number.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        if (Character.toUpperCase(number.charAt(17)) != checkDigit(number.substring(0, 17))) {
            return false;
        }
        try {
            LocalDate birth = birthDate(number);
            return !birth.isAfter(LocalDate.now()) && birth.getYear() >= 1900;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** A valid number for a 6-digit region code, a birth date and a sequence 0..999 (odd: male, even: female). */
    public static String of(String region, LocalDate birth, int sequence) {
        if (region == null || !region.matches("\\d{6}") || sequence < 0 || sequence > 999) {
            throw new IllegalArgumentException("region " + region + ", sequence " + sequence);
        }
        String body = region + birth.format(BIRTH) + String.format("%03d", sequence);
        return body + checkDigit(body);
    }

    /** The check character of the first 17 digits (ISO 7064 MOD 11-2). */
    static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public static LocalDate birthDate(String number) {
        return LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                Integer.parseInt(number.substring(10, 12)),
                Integer.parseInt(number.substring(12, 14)));
    }

    /** An odd 17th digit is a man, an even one a woman. */
    public static boolean isMale(String number) {
        return (number.charAt(16) - '0') % 2 == 1;
    }

    /** 男 for an odd 17th digit, 女 for an even one. */
    public static String gender(String number) {
        return isMale(number) ? "男" : "女";
    }

    /** Why a number is not a valid resident ID, for a message that says what to fix. */
    public enum Defect { LENGTH, CHARACTERS, BIRTH_DATE, CHECK_DIGIT }

    /** The first defect of the number (length, characters, birth date, check digit), or null when it is valid. */
    public static Defect defect(String number) {
        if (number == null || number.length() != 18) {
            return Defect.LENGTH;
        }
        for (int i = 0; i < 17; i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return Defect.CHARACTERS;
            }
        }
        char last = Character.toUpperCase(number.charAt(17));
        if ((last < '0' || last > '9') && last != 'X') {
            return Defect.CHARACTERS;
        }
        try {
            LocalDate birth = birthDate(number);
            if (birth.isAfter(LocalDate.now()) || birth.getYear() < 1900) {
                return Defect.BIRTH_DATE;
            }
        } catch (DateTimeException e) {
            return Defect.BIRTH_DATE;
        }
        return last == checkDigit(number.substring(0, 17)) ? null : Defect.CHECK_DIGIT;
    }
}
