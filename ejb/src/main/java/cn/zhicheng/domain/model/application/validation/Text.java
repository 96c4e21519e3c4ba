package cn.zhicheng.domain.model.application.validation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Small text helpers of the rules. */
final class Text {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Text() {
    }

    static boolean isMissing(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }

    /** Length as the applicant counts it: characters (code points), not UTF-16 units. */
    static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String dateTime(LocalDateTime moment) {
        return DATE_TIME.format(moment);
    }
}
