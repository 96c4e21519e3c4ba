package cn.zhicheng.reports;

/**
 * Helpers that templates call in their expressions (styled markup): a filled-in blank of an official form is
 * underlined, and an empty one stays a line to write on by hand.
 */
public final class FormText {

    /** Fullwidth low lines draw the blank themselves: an underlined run of spaces would vanish at a line break. */
    private static final String BLANK_LINE = "\uFF3F";
    /** No-break spaces keep the underline a little wider than the value without letting the line break there. */
    private static final String PAD = "\u00A0\u00A0";

    private FormText() {
    }

    /** The value underlined, or a blank line {@code blankWidth} characters wide to write on. */
    public static String blank(String value, int blankWidth) {
        if (value == null || value.isBlank()) {
            return BLANK_LINE.repeat(blankWidth);
        }
        return "<u>" + PAD + escape(value.strip()) + PAD + "</u>";
    }

    /** Escapes what styled markup would read as tags or entities (a unit named "A&B" prints as is). */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
