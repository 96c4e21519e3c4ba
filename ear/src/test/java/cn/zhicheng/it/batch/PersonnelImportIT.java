package cn.zhicheng.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.zhicheng.application.ImportCount;
import cn.zhicheng.application.ImportProgress;
import cn.zhicheng.application.ImportRow;
import cn.zhicheng.application.PersonnelImportService;
import cn.zhicheng.application.PersonnelImportSteps;
import cn.zhicheng.application.PersonnelService;
import cn.zhicheng.application.ReportFile;
import cn.zhicheng.domain.model.party.ImportStatus;
import cn.zhicheng.domain.model.party.UnitRefusedException;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.Users;

/**
 * The personnel-import job ({@code personnel-import}) through its service, asserted in the database: a 10,000-row
 * template with 50 bad rows of every kind, the same file again, a run failed mid-way and restarted, a chunk run twice,
 * and files that are not a filled template. Each test imports into a unit of its own.
 */
@ExtendWith(ArquillianExtension.class)
class PersonnelImportIT {

    private static final Duration WAIT = Duration.ofSeconds(180);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PersonnelImportIT.class, ImportFiles.class);
    }

    @EJB
    PersonnelImportService importer;

    @EJB
    PersonnelService personnel;

    @EJB
    PersonnelImportSteps steps;

    @Test
    void tenThousandRowsWithFiftyBadOnesImport9950AndReportThe50WithTheirReasonsAndTheSameFileAgainAddsNothing()
            throws Exception {
        Unit unit = Unit.fresh();
        List<ImportFiles.Line> lines = new ArrayList<>(ImportFiles.valid(unit.id, 9_950));
        // already on the unit's list before the import
        for (int i = 0; i < 3; i++) {
            String id = ImportFiles.id(unit.id + 1, i);
            Db.update("INSERT INTO unit_person (id, unit_id, name, id_type, id_number, created_at, created_by) "
                    + "VALUES (?, ?, '已在名单', 'RESIDENT_ID', ?, ?, 'it')", Fixtures.nextId(), unit.id, id, LocalDateTime.now());
            lines.add(new ImportFiles.Line("已在名单" + i, id, "该证件号码已在本单位人员名单中"));
        }
        for (int i = 0; i < 8; i++) {
            lines.add(new ImportFiles.Line(null, ImportFiles.id(unit.id + 2, i), "姓名为空"));
            lines.add(new ImportFiles.Line("无号" + i, null, "证件号码为空"));
            lines.add(new ImportFiles.Line("短号" + i, ImportFiles.id(unit.id + 3, i).substring(0, 15), "证件号码应为18位"));
            lines.add(new ImportFiles.Line("校验" + i, ImportFiles.wrongCheck(ImportFiles.id(unit.id + 4, i)), "证件号码校验位不正确"));
            lines.add(new ImportFiles.Line("字母" + i, "11010819800101A23" + i, "证件号码只能由数字组成"));
        }
        for (int i = 0; i < 2; i++) {
            lines.add(new ImportFiles.Line("生日" + i, birthless(i), "证件号码中的出生日期无效"));
            lines.add(new ImportFiles.Line("长名" + i + "字".repeat(50), ImportFiles.id(unit.id + 5, i), "姓名超过50个字"));
        }
        // the same person twice in the file: the later row is refused, naming the earlier one
        for (int i = 0; i < unit.dupes; i++) {
            ImportFiles.Line first = lines.get(i * 997);
            lines.add(new ImportFiles.Line(first.name(), first.idNumber().toLowerCase(), "与文件第" + (i * 997 + 2) + "行"));
        }
        assertEquals(10_000, lines.size());
        // the bad rows spread over the file, not all at its end
        List<ImportFiles.Line> shuffled = interleave(lines);
        byte[] file = ImportFiles.template(shuffled);

        ImportProgress done = runToEnd(unit.admin, importer(unit.admin, "10000.xlsx", file, new PersonnelImportService.Options(500, null)));
        assertEquals(ImportStatus.COMPLETED, done.status());
        assertEquals(10_000, done.totalRows());
        assertEquals(9_950, done.importedRows());
        assertEquals(50, done.rejectedRows());
        assertEquals(100, done.percent());
        assertEquals(9_950, Db.count("SELECT COUNT(*) FROM unit_person WHERE unit_id = ? AND import_id = ?", unit.id, done.importId()));
        assertEquals(9_953, Db.count("SELECT COUNT(DISTINCT id_number) FROM unit_person WHERE unit_id = ?", unit.id));
        assertEquals(unit.admin, Db.string("SELECT MIN(created_by) FROM unit_person WHERE import_id = ?", done.importId()));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM personnel_import_part WHERE import_id = ?", done.importId()),
                "the staged file is dropped once completed");

        // every bad row is reported at its own row with its reason
        Map<Integer, String> expected = new LinkedHashMap<>();
        for (int r = 0; r < shuffled.size(); r++) {
            if (shuffled.get(r).expectedReason() != null) {
                expected.put(r + 2, shuffled.get(r).expectedReason());
            }
        }
        List<Object[]> reported = Db.rows("SELECT row_no, reason FROM personnel_import_error WHERE import_id = ? "
                + "ORDER BY row_no", done.importId());
        assertEquals(new ArrayList<>(expected.keySet()), reported.stream().map(r -> ((Number) r[0]).intValue()).toList());
        for (Object[] r : reported) {
            String reason = (String) r[1];
            assertTrue(reason.startsWith(expected.get(((Number) r[0]).intValue())), r[0] + ": " + reason);
        }

        // the error report: 行号, 姓名, 证件号码, 错误原因 of the same 50 rows, as the admin downloads it
        ReportFile report = Users.as(unit.admin, () -> personnel.errorReport(done.importId()));
        assertTrue(report.fileName().endsWith("错误报告.xlsx"), report.fileName());
        List<List<String>> sheet = read(report.content());
        assertEquals(List.of("行号", "姓名", "证件号码", "错误原因"), sheet.get(0));
        assertEquals(51, sheet.size());
        for (int i = 1; i < sheet.size(); i++) {
            int rowNo = Integer.parseInt(sheet.get(i).get(0));
            ImportFiles.Line line = shuffled.get(rowNo - 2);
            assertEquals(line.name() == null ? "" : line.name(), sheet.get(i).get(1));
            assertTrue(sheet.get(i).get(3).startsWith(expected.get(rowNo)), sheet.get(i).toString());
        }

        // the same file again adds nothing: every row is on the list now, or as bad as before
        long before = Db.count("SELECT COUNT(*) FROM unit_person WHERE unit_id = ?", unit.id);
        ImportProgress again = runToEnd(unit.admin, importer(unit.admin, "10000.xlsx", file, PersonnelImportService.Options.DEFAULT));
        assertEquals(ImportStatus.COMPLETED, again.status());
        assertEquals(0, again.importedRows());
        assertEquals(10_000, again.rejectedRows());
        assertEquals(before, Db.count("SELECT COUNT(*) FROM unit_person WHERE unit_id = ?", unit.id));
        // the 9,950 imported, the 3 listed before and the 3 duplicates (whose first rows are listed now)
        assertEquals(9_950 + 3 + unit.dupes, Db.count("SELECT COUNT(*) FROM personnel_import_error WHERE import_id = ? "
                + "AND (reason = '该证件号码已在本单位人员名单中' OR reason LIKE '与文件第%')", again.importId()));
    }

    @Test
    void anImportFailedMidwayRestartsFromItsCheckpointAndEndsWithEveryValidRowExactlyOnce() throws Exception {
        Unit unit = Unit.fresh();
        List<ImportFiles.Line> lines = new ArrayList<>(ImportFiles.valid(unit.id, 2_990));
        for (int i = 0; i < 10; i++) {
            lines.add(i * 300, new ImportFiles.Line(null, ImportFiles.id(unit.id + 9, i), "姓名为空"));
        }
        byte[] file = ImportFiles.template(lines);
        // chunks of 200: the sixth chunk (rows past 1,000) fails instead of being written
        ImportProgress failed = runToEnd(unit.admin, importer(unit.admin, "3000.xlsx", file,
                new PersonnelImportService.Options(200, 1_000)));
        assertEquals(ImportStatus.FAILED, failed.status());
        assertTrue(failed.restartable());
        assertEquals(1_000, failed.processedRows(), "five chunks of 200 committed");
        long imported = Db.count("SELECT COUNT(*) FROM unit_person WHERE import_id = ?", failed.importId());
        assertEquals(failed.importedRows(), imported);
        assertTrue(Db.count("SELECT COUNT(*) FROM personnel_import_part WHERE import_id = ?", failed.importId()) > 0,
                "the file stays staged for the restart");

        ImportProgress restarted = Users.as(unit.admin, () -> importer.restart(failed.importId()));
        assertTrue(restarted.running() || restarted.status() == ImportStatus.COMPLETED);
        ImportProgress done = runToEnd(unit.admin, restarted);
        assertEquals(ImportStatus.COMPLETED, done.status());
        assertEquals(2_990, done.importedRows());
        assertEquals(10, done.rejectedRows());
        assertEquals(2_990, Db.count("SELECT COUNT(*) FROM unit_person WHERE import_id = ?", done.importId()));
        assertEquals(2_990, Db.count("SELECT COUNT(DISTINCT id_number) FROM unit_person WHERE unit_id = ?", unit.id),
                "every valid row exactly once");
        assertEquals(10, Db.count("SELECT COUNT(*) FROM personnel_import_error WHERE import_id = ?", done.importId()));
        UnitRefusedException completed = assertThrows(UnitRefusedException.class,
                () -> Users.run(unit.admin, () -> importer.restart(done.importId())));
        assertEquals("IMPORT_NOT_RESTARTABLE", completed.code());

        // a chunk whose rows committed but whose checkpoint did not runs again after a restart: nothing twice
        List<ImportRow> chunk = new ArrayList<>();
        for (int r = 2; r < 2 + 200; r++) {
            ImportFiles.Line line = lines.get(r - 2);
            chunk.add(new ImportRow(r, line.name() == null ? "" : line.name(), line.idNumber()));
        }
        ImportCount rerun = Users.as(Users.system(), () -> steps.write(done.importId(), chunk));
        assertEquals(new ImportCount(0, 0, 200), rerun);
        assertEquals(2_990, Db.count("SELECT COUNT(*) FROM unit_person WHERE import_id = ?", done.importId()));
        assertEquals(10, Db.count("SELECT COUNT(*) FROM personnel_import_error WHERE import_id = ?", done.importId()));
        assertEquals(2_990, Users.as(unit.admin, () -> importer.progress(done.importId())).importedRows());

        // the steps are the platform's: the job ran as SYSTEM, and no account may call them
        assertThrows(EJBAccessException.class, () -> Users.run(unit.admin, () -> steps.write(done.importId(), chunk)));
    }

    @Test
    void emptyCorruptAndWrongFilesAreRefusedWithAClearMessageAndChangeNothing() throws Exception {
        Unit unit = Unit.fresh();
        byte[] good = ImportFiles.template(ImportFiles.valid(unit.id, 50));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("IMPORT_EMPTY_FILE", new byte[0]);
        files.put("IMPORT_NOT_XLSX", "姓名,证件号码\n张三,110101199003070000\n".getBytes(StandardCharsets.UTF_8));
        files.put("IMPORT_XLS_FORMAT", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1, 0, 0, 0, 0});
        files.put("IMPORT_CORRUPT", Arrays.copyOf(good, good.length / 2));
        files.put("IMPORT_CORRUPT ", ImportFiles.plainZip());
        files.put("IMPORT_WRONG_TEMPLATE", ImportFiles.xlsx(List.of("name", "id"), ImportFiles.valid(unit.id, 3)));
        files.put("IMPORT_NO_ROWS", ImportFiles.template(List.of(new ImportFiles.Line("", "", null))));
        long imports = Db.count("SELECT COUNT(*) FROM personnel_import");
        long parts = Db.count("SELECT COUNT(*) FROM personnel_import_part");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            UnitRefusedException refused = assertThrows(UnitRefusedException.class, () -> Users.run(unit.admin,
                    () -> importer.start("人员.xlsx", new ByteArrayInputStream(f.getValue()),
                            PersonnelImportService.Options.DEFAULT)), f.getKey());
            assertEquals(f.getKey().strip(), refused.code());
            assertTrue(refused.getMessage().chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    refused.getMessage());
        }
        assertEquals(imports, Db.count("SELECT COUNT(*) FROM personnel_import"), "no import recorded");
        assertEquals(parts, Db.count("SELECT COUNT(*) FROM personnel_import_part"), "nothing staged");
        assertEquals(0, Db.count("SELECT COUNT(*) FROM unit_person WHERE unit_id = ?", unit.id));

        // the template the screen offers is itself a good empty template: refused for having no rows, and nothing else
        ReportFile template = Users.as(unit.admin, () -> personnel.template());
        assertEquals(List.of(List.of("姓名", "证件号码")), read(template.content()));
        assertEquals("IMPORT_NO_ROWS", assertThrows(UnitRefusedException.class, () -> Users.run(unit.admin,
                () -> importer.start("模板.xlsx", new ByteArrayInputStream(template.content()),
                        PersonnelImportService.Options.DEFAULT))).code());

        // one import of a unit at a time
        ImportProgress running = Users.as(unit.admin, () -> importer.start("a.xlsx", new ByteArrayInputStream(good),
                new PersonnelImportService.Options(10, null)));
        if (Users.as(unit.admin, () -> importer.progress(running.importId())).running()) {
            UnitRefusedException busy = assertThrows(UnitRefusedException.class, () -> Users.run(unit.admin,
                    () -> importer.start("b.xlsx", new ByteArrayInputStream(good), PersonnelImportService.Options.DEFAULT)));
            assertEquals("IMPORT_BUSY", busy.code());
        }
        assertEquals(50, runToEnd(unit.admin, running).importedRows());
        // another unit's admin cannot read it
        assertEquals("IMPORT_NOT_FOUND", assertThrows(UnitRefusedException.class,
                () -> Users.run("jt-admin", () -> importer.progress(running.importId()))).code());
    }

    private ImportProgress importer(String admin, String name, byte[] file, PersonnelImportService.Options options)
            throws Exception {
        return Users.as(admin, () -> importer.start(name, new ByteArrayInputStream(file), options));
    }

    /** Polls the import (as the admin, as the screen does) until it is no longer running. */
    private ImportProgress runToEnd(String admin, ImportProgress started) throws Exception {
        Instant until = Instant.now().plus(WAIT);
        ImportProgress p = started;
        while (p.running()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("import still running after " + WAIT + ": " + p);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            long id = p.importId();
            p = Users.as(admin, () -> importer.progress(id));
        }
        return p;
    }

    /** The first sheet's rows as text. */
    private static List<List<String>> read(byte[] xlsx) throws Exception {
        Path file = Files.createTempFile("it-report-", ".xlsx");
        try {
            Files.write(file, xlsx);
            List<List<String>> rows = new ArrayList<>();
            try (ReadableWorkbook workbook = new ReadableWorkbook(new File(file.toString()))) {
                for (Row row : workbook.getFirstSheet().read()) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        cells.add(row.getCellText(c));
                    }
                    rows.add(cells);
                }
            }
            return rows;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Spreads the last (bad) rows over the valid ones, keeping each duplicate after its first occurrence. */
    private static List<ImportFiles.Line> interleave(List<ImportFiles.Line> lines) {
        List<ImportFiles.Line> good = new ArrayList<>(lines.subList(0, 9_950));
        List<ImportFiles.Line> bad = lines.subList(9_950, lines.size());
        for (int i = 0; i < bad.size(); i++) {
            good.add(Math.min(good.size(), 5_000 + i * 99), bad.get(i));
        }
        return good;
    }

    /** A number of 18 digits whose birth date (1980-13-45) does not exist, with its right check digit. */
    private static String birthless(int i) {
        String body = "11010819801345" + String.format("%03d", i);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (body.charAt(k) - '0') * weights[k];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** A unit of its own for one test, with an admin account. */
    private record Unit(long id, String admin, int dupes) {
        static Unit fresh() {
            long id = Fixtures.nextId();
            Db.update("INSERT INTO unit (id, name, org_code) VALUES (?, ?, ?)", id, "导入测试单位" + id, "IT" + id);
            String admin = "it-import-" + id;
            Db.update("INSERT INTO user_account (id, username, account_type, role, display_name, unit_id, password_hash, "
                    + "created_at) VALUES (?, ?, 'UNIT', 'UNIT_ADMIN', '导入测试管理员', ?, 'no-login', ?)",
                    Fixtures.nextId(), admin, id, LocalDateTime.now());
            return new Unit(id, admin, 3);
        }
    }
}
