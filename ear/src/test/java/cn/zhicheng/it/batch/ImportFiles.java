package cn.zhicheng.it.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import cn.zhicheng.domain.model.party.ResidentId;

/** Filled personnel templates (and files that are not) for the import tests, made in memory. */
final class ImportFiles {

    private ImportFiles() {
    }

    /** One data row as the sheet holds it (sheet row numbers start at 2, below the header). */
    record Line(String name, String idNumber, String expectedReason) {
    }

    /** An .xlsx with the given first row and data rows. */
    static byte[] xlsx(List<String> header, List<Line> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "it", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("人员名单");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            int r = 1;
            for (Line line : lines) {
                if (line.name() != null) {
                    sheet.value(r, 0, line.name());
                }
                if (line.idNumber() != null) {
                    sheet.value(r, 1, line.idNumber());
                }
                r++;
            }
            sheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] template(List<Line> lines) {
        return xlsx(List.of("姓名", "证件号码"), lines);
    }

    /** {@code count} distinct valid people whose ID numbers derive from {@code seed} (region 110108). */
    static List<Line> valid(long seed, int count) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(new Line("导入" + i, id(seed, i), null));
        }
        return lines;
    }

    /** A valid resident ID, distinct for every (seed, i) with i below 3,000,000. */
    static String id(long seed, int i) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays((seed * 7 + i / 1000) % 15000);
        return ResidentId.of(String.valueOf(110100 + (int) (seed % 90)), birth, i % 1000);
    }

    /** The same number with a wrong check character. */
    static String wrongCheck(String id) {
        char last = id.charAt(17);
        return id.substring(0, 17) + (last == '0' ? '1' : '0');
    }

    /** A zip that is no workbook. */
    static byte[] plainZip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("不是工作簿".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
