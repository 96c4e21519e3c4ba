package cn.zhicheng.web.common;

import cn.zhicheng.application.export.ExportColumn;
import cn.zhicheng.application.export.KeysetPages;
import cn.zhicheng.application.export.XlsxExport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The export seam of every list screen (导出Excel): a {@code p:fileDownload} of the list's .xlsx, written while the
 * service's keyset pages are read (see {@link XlsxExport}), with the screen's filter and columns. Build it in the
 * action (never keep it in the view's state: it holds the service and the filter only while it downloads).
 */
public final class Exports {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Exports() {
    }

    /** {@code <name>-<yyyyMMdd-HHmmss>.xlsx}, one sheet named {@code name}. */
    public static <R> StreamedContent xlsx(String name, List<ExportColumn<R>> columns, KeysetPages<R> pages) {
        return DefaultStreamedContent.builder()
                .name(name + "-" + LocalDateTime.now().format(STAMP) + ".xlsx")
                .contentType(XlsxExport.CONTENT_TYPE)
                .writer(out -> {
                    try {
                        XlsxExport.write(out, name, columns, pages);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    /** Keyset pages over a service call {@code (after, max) -> rows} whose rows carry their key. */
    public static <R> KeysetPages<R> pages(PageCall<R> call, java.util.function.ToLongFunction<R> key) {
        return new KeysetPages<>() {
            @Override
            public List<R> after(Long after, int max) {
                return call.after(after, max);
            }

            @Override
            public long keyOf(R row) {
                return key.applyAsLong(row);
            }
        };
    }

    /** One keyset page of a service. */
    @FunctionalInterface
    public interface PageCall<R> {
        List<R> after(Long after, int max);
    }
}
