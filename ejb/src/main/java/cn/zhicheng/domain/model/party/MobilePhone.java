package cn.zhicheng.domain.model.party;

import java.util.regex.Pattern;

/** A mainland mobile number (11 digits starting 13–19): where one-time codes and notices are sent. */
public final class MobilePhone {

    private static final Pattern VALID = Pattern.compile("1[3-9]\\d{9}");

    private MobilePhone() {
    }

    public static boolean isValid(String phone) {
        return phone != null && VALID.matcher(phone).matches();
    }

    /** 138****5678: how a number is shown in a message. */
    public static String masked(String phone) {
        return phone == null || phone.length() < 11 ? "" : phone.substring(0, 3) + "****" + phone.substring(7);
    }
}
