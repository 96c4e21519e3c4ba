package cn.zhicheng.application.export;

import java.util.function.Function;

/**
 * One column of an .xlsx export: the screen's Chinese header, the value of a row (a String, Number, Boolean,
 * LocalDate or LocalDateTime; anything else is written as its {@code toString()}), and a width in characters.
 */
public record ExportColumn<R>(String header, Function<R, ?> value, int width) {

    public static <R> ExportColumn<R> of(String header, Function<R, ?> value, int width) {
        return new ExportColumn<>(header, value, width);
    }
}
