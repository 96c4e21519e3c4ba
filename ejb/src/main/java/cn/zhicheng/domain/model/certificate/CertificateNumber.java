package cn.zhicheng.domain.model.certificate;

import java.util.regex.Pattern;

import cn.zhicheng.domain.model.catalogue.TitleLevel;

/**
 * The certificate number (证书编号), 15 characters: {@code ZC}, the review year (4 digits), the level (1 初级, 2 中级,
 * 3 副高级, 4 正高级), the committee's code (its id, 3 digits) and the review year's sequence of issued certificates
 * (5 digits, from 00001), e.g. {@code ZC2020220100001}: the first certificate of 2020, 中级, committee 201. The
 * sequence is per review year over all committees, so the number is unique by its year and sequence alone.
 */
public final class CertificateNumber {

    public static final String PREFIX = "ZC";
    public static final Pattern FORMAT = Pattern.compile("ZC\\d{4}[1-4]\\d{3}\\d{5}");
    public static final int MAX_SEQUENCE = 99_999;

    private CertificateNumber() {
    }

    public static String of(int reviewYear, TitleLevel level, long committeeCode, long sequence) {
        if (reviewYear < 1000 || reviewYear > 9999) {
            throw new IllegalArgumentException("review year " + reviewYear);
        }
        if (committeeCode < 0 || committeeCode > 999) {
            throw new IllegalArgumentException("committee code " + committeeCode + " has more than 3 digits");
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence " + sequence + " outside 1.." + MAX_SEQUENCE);
        }
        return PREFIX + reviewYear + (level.ordinal() + 1) + String.format("%03d%05d", committeeCode, sequence);
    }

    /** Whether the text has the number's form (for a query typed by hand: case and spaces are the caller's job). */
    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    /** A number as typed: trimmed, inner blanks removed, upper case; null stays null. */
    public static String normalise(String typed) {
        return typed == null ? null : typed.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }
}
