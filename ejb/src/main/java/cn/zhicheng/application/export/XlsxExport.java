package cn.zhicheng.application.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a list as one .xlsx sheet while it is read: a header row of the screen's Chinese column names, then the rows
 * page by page from {@link KeysetPages}; each page is flushed to the stream before the next is read, and strings are
 * written inline (no shared-strings table growing with the rows), so memory stays at one page whatever the size and
 * the download starts with the first page.
 */
public final class XlsxExport {

    /** Rows per page read from the service. */
    public static final int PAGE = 500;

    /** The sheet format's limit (1,048,576 rows, one of them the header). */
    public static final int MAX_ROWS = 1_048_575;

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String DATE_TIME = "yyyy-mm-dd hh:mm";
    private static final String DATE = "yyyy-mm-dd";

    private XlsxExport() {
    }

    /** Writes the sheet to {@code out} (not closed) and returns the number of rows written below the header. */
    public static <R> long write(OutputStream out, String sheetName, List<ExportColumn<R>> columns,
                                 KeysetPages<R> pages) throws IOException {
        Workbook workbook = new Workbook(out, "zhicheng", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < columns.size(); c++) {
            sheet.inlineString(0, c, columns.get(c).header());
            sheet.style(0, c).bold().fillColor("DDEBF7").set();
            sheet.width(c, columns.get(c).width());
        }
        sheet.freezePane(0, 1);
        int r = 0;
        Long after = null;
        while (r < MAX_ROWS) {
            List<R> page = pages.after(after, Math.min(PAGE, MAX_ROWS - r));
            for (R row : page) {
                r++;
                for (int c = 0; c < columns.size(); c++) {
                    cell(sheet, r, c, columns.get(c).value().apply(row));
                }
                after = pages.keyOf(row);
            }
            sheet.flush();
            out.flush();
            if (page.size() < PAGE) {
                break;
            }
        }
        sheet.finish();
        workbook.finish();
        return r;
    }

    private static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number n) {
            sheet.value(r, c, n);
        } else if (value instanceof Boolean b) {
            sheet.value(r, c, b);
        } else if (value instanceof LocalDateTime t) {
            sheet.value(r, c, t);
            sheet.style(r, c).format(DATE_TIME).set();
        } else if (value instanceof LocalDate d) {
            sheet.value(r, c, d);
            sheet.style(r, c).format(DATE).set();
        } else {
            sheet.inlineString(r, c, value.toString());
        }
    }
}
