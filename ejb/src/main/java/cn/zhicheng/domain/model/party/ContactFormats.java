package cn.zhicheng.domain.model.party;

import java.util.regex.Pattern;

/** The formats of a person's contact details, checked wherever they are typed (申报表 基本信息, 个人信息). */
public final class ContactFormats {

    /** A mainland mobile number, or a landline with area code (0755-12345678, optional extension). */
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private ContactFormats() {
    }

    public static boolean isPhone(String phone) {
        return phone != null && PHONE.matcher(phone.trim()).matches();
    }

    public static boolean isEmail(String email) {
        return email != null && EMAIL.matcher(email.trim()).matches();
    }
}
