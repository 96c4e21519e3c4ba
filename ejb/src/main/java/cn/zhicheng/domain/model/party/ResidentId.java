package cn.zhicheng.domain.model.party;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The 18-digit resident identity number of GB 11643: region, birth date, sequence, ISO 7064 MOD 11-2 check. */
public final class ResidentId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentId() {
    }

    public static boolean isValid(String number) {
        if (number == null || number.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        if (Character.toUpperCase(number.charAt(17)) != CHECK[sum % 11]) {
            return false;
        }
        try {
            LocalDate birth = birthDate(number);
            return !birth.isAfter(LocalDate.now()) && birth.getYear() >= 1900;
        } catch (DateTimeException e) {
            return false;
        }
    }

    public static LocalDate birthDate(String number) {
        return LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                Integer.parseInt(number.substring(10, 12)),
                Integer.parseInt(number.substring(12, 14)));
    }

    /** 男 for an odd 17th digit, 女 for an even one. */
    public static String gender(String number) {
        return (number.charAt(16) - '0') % 2 == 1 ? "男" : "女";
    }
}
