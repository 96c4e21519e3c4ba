package cn.zhicheng.domain.model.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * 业务流水号: 19 digits, the business-item code (003), the day (yyyyMMdd) and an 8-digit sequence of that day,
 * e.g. 0032020120600002316. Unique and never reused (the daily counter only moves forward).
 */
public final class SerialNumber {

    public static final String BUSINESS_ITEM_CODE = "003";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private SerialNumber() {
    }

    public static String of(LocalDate day, long sequenceOfDay) {
        if (sequenceOfDay < 1 || sequenceOfDay > 99_999_999L) {
            throw new IllegalArgumentException("daily sequence out of range: " + sequenceOfDay);
        }
        return BUSINESS_ITEM_CODE + day.format(DAY) + String.format("%08d", sequenceOfDay);
    }

    public static boolean isWellFormed(String serialNo) {
        return serialNo != null && serialNo.length() == 19 && serialNo.chars().allMatch(Character::isDigit)
                && serialNo.startsWith(BUSINESS_ITEM_CODE);
    }
}
