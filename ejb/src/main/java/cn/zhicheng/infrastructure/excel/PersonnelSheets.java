package cn.zhicheng.infrastructure.excel;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import cn.zhicheng.application.ImportRow;

/**
 * The personnel template (人员管理 → 导入模板) in both directions: writing the empty template and the error report
 * (fastexcel), and reading a filled one row by row in streaming mode (fastexcel-reader: the sheet's XML is parsed as
 * a stream, so a 100k-row file is never held in memory). The staging check and the import job read it through the
 * same {@link Reader}, so they agree on the header and on which rows count.
 */
public final class PersonnelSheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final List<String> HEADER = List.of("姓名", "证件号码");
    /** The error report's columns: the row, the values as typed, why the row was refused. */
    public static final List<String> ERROR_HEADER = List.of("行号", "姓名", "证件号码", "错误原因");

    private static final String APP = "zhicheng";
    private static final String APP_VERSION = "1.0";

    private PersonnelSheets() {
    }

    /** The empty template: the header, the 证件号码 column formatted as text. */
    public static byte[] template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, APP, APP_VERSION)) {
            Worksheet sheet = workbook.newWorksheet("人员名单");
            header(sheet, HEADER);
            sheet.width(0, 16);
            sheet.width(1, 26);
            // an 18-digit number typed into a General cell turns into 4.40301E+17 and loses its last digits
            sheet.style(1).format("@").set();
            sheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An error report: 行号, 姓名, 证件号码, 错误原因 for every rejected row, in order. */
    public static byte[] errorReport(Stream<String[]> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, APP, APP_VERSION)) {
            Worksheet sheet = workbook.newWorksheet("错误报告");
            header(sheet, ERROR_HEADER);
            sheet.width(0, 8);
            sheet.width(1, 16);
            sheet.width(2, 26);
            sheet.width(3, 48);
            int[] r = {1};
            rows.forEach(row -> {
                sheet.value(r[0], 0, Integer.valueOf(row[0]));
                for (int c = 1; c < row.length; c++) {
                    sheet.value(r[0], c, row[c]);
                }
                r[0]++;
                if (r[0] % 10_000 == 0) {
                    try {
                        // hands the rows written so far to the stream instead of keeping them
                        sheet.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            sheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void header(Worksheet sheet, List<String> names) {
        for (int c = 0; c < names.size(); c++) {
            sheet.value(0, c, names.get(c));
            sheet.style(0, c).bold().fillColor("DDEBF7").set();
        }
    }

    /** Opens a filled template (a file on this node's disk) for reading. */
    public static Reader open(File file) throws IOException {
        return new Reader(file);
    }

    /**
     * Reads a filled template's data rows in sheet order: the rows after the header, each as typed, leaving out
     * the rows with neither 姓名 nor 证件号码.
     */
    public static final class Reader implements Closeable, Iterator<ImportRow> {

        private final ReadableWorkbook workbook;
        private final Stream<Row> stream;
        private final Iterator<Row> rows;
        private final boolean template;
        private ImportRow next;

        private Reader(File file) throws IOException {
            workbook = new ReadableWorkbook(file);
            try {
                stream = workbook.getFirstSheet().openStream();
                rows = stream.iterator();
                template = rows.hasNext() && isHeader(rows.next());
            } catch (IOException | RuntimeException e) {
                workbook.close();
                throw e;
            }
        }

        /** The first row is the template's header (姓名, 证件号码). */
        public boolean isTemplate() {
            return template;
        }

        @Override
        public boolean hasNext() {
            while (next == null && rows.hasNext()) {
                Row row = rows.next();
                ImportRow candidate = new ImportRow(row.getRowNum(), row.getCellText(0), row.getCellText(1));
                if (!candidate.name().isBlank() || !candidate.idNumber().isBlank()) {
                    next = candidate;
                }
            }
            return next != null;
        }

        @Override
        public ImportRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ImportRow row = next;
            next = null;
            return row;
        }

        private static boolean isHeader(Row row) {
            return row.getRowNum() == 1 && HEADER.get(0).equals(row.getCellText(0).strip())
                    && HEADER.get(1).equals(row.getCellText(1).strip());
        }

        @Override
        public void close() throws IOException {
            try {
                stream.close();
            } finally {
                workbook.close();
            }
        }
    }
}
