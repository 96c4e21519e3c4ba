package cn.zhicheng.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.ExpertPoolService;
import cn.zhicheng.application.ExpertView;
import cn.zhicheng.application.account.NotificationService;
import cn.zhicheng.application.account.OutboxEntry;
import cn.zhicheng.application.PersonnelRow;
import cn.zhicheng.application.PersonnelService;
import cn.zhicheng.application.export.UnitColumns;
import cn.zhicheng.application.UnitItemsFilter;
import cn.zhicheng.application.UnitService;
import cn.zhicheng.application.UnitTab;
import cn.zhicheng.application.PublicityCandidate;
import cn.zhicheng.application.ReportService;
import cn.zhicheng.application.WorkListFilter;
import cn.zhicheng.application.WorkListService;
import cn.zhicheng.application.WorkListSort;
import cn.zhicheng.application.export.ApplicationColumns;
import cn.zhicheng.application.export.ExportColumn;
import cn.zhicheng.application.export.KeysetPages;
import cn.zhicheng.application.export.XlsxExport;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.naming.InitialContext;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The export seam ({@link XlsxExport} over a service's keyset pages): the unit's list exported with its scope, filter
 * and Chinese headers; 100,000 rows exported in bounded memory (the heap retained after a full GC, sampled during the
 * export, does not grow with the rows), read back whole.
 */
@ExtendWith(ArquillianExtension.class)
class ExportIT {

    /** Test rows live above this id and carry serial numbers starting 009 (the platform's start 003). */
    private static final long BASE_ID = 900_000_000L;
    private static final int ROWS = 100_000;
    private static final String PREFIX = "009";

    /** What one page may leave behind; 100k rows held as DTOs would take far more (≈ 40 MB). */
    private static final long RETAINED_LIMIT = 16L * 1024 * 1024;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ExportIT.class);
    }

    @Test
    void theUnitsListExportsItsOwnRowsUnderTheFilterWithTheScreensChineseHeaders() throws Exception {
        WorkListService workLists = workLists();
        WorkListFilter filter = WorkListFilter.none();
        long total = Users.as("jt-handler", () -> workLists.list(filter, WorkListSort.NEWEST_SUBMITTED, 0, 1)).page().total();
        assertTrue(total > 0, "the demo unit has applications to export");
        Path file = Files.createTempFile("worklist", ".xlsx");
        try {
            long written = Users.as("jt-handler", () -> export(file, ApplicationColumns.WORK_LIST,
                    pages((after, max) -> workLists.exportPage(filter, after, max))));
            assertEquals(total, written);
            List<List<String>> sheet = read(file);
            assertEquals(List.of("业务流水号", "事项名称", "摘要信息", "申请人", "当前环节", "办理部门", "申请时间"), sheet.get(0));
            Set<String> serials = new HashSet<>();
            sheet.stream().skip(1).forEach(r -> serials.add(r.get(0)));
            Set<String> expected = new HashSet<>();
            Db.rows("SELECT a.serial_no FROM application a JOIN unit u ON u.id = a.unit_id WHERE u.org_code = ? "
                    + "AND a.state <> 'DRAFT' AND a.submitted_at IS NOT NULL", Fixtures.JT_ORG_CODE)
                    .forEach(r -> expected.add((String) r[0]));
            assertEquals(expected, serials, "exactly the unit's list, as the scope rule says in SQL");
            assertTrue(sheet.get(1).get(4).matches("\\p{IsHan}.*"), "当前环节 in Chinese: " + sheet.get(1));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aHundredThousandRowsExportInBoundedMemory() throws Exception {
        insertRows();
        Path file = Files.createTempFile("export-100k", ".xlsx");
        try {
            WorkListService workLists = workLists();
            WorkListFilter filter = WorkListFilter.none().withSerialPrefix(PREFIX);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            List<Long> retained = new ArrayList<>();
            KeysetPages<ApplicationSummary> service = pages((after, max) -> workLists.exportPage(filter, after, max));
            KeysetPages<ApplicationSummary> measured = new KeysetPages<>() {
                private int pages;

                @Override
                public List<ApplicationSummary> after(Long after, int max) {
                    if (pages++ % 20 == 0) { // every 10,000 rows: what survives a full collection
                        System.gc();
                        retained.add(memory.getHeapMemoryUsage().getUsed());
                    }
                    return service.after(after, max);
                }

                @Override
                public long keyOf(ApplicationSummary row) {
                    return row.id();
                }
            };
            long written = Users.as("admin", () -> export(file, ApplicationColumns.WORK_LIST, measured));
            assertEquals(ROWS, written);
            long growth = retained.stream().skip(1).mapToLong(Long::longValue).max().orElseThrow() - retained.get(1);
            System.out.printf("export of %d rows: %d KB, retained heap samples (MB) %s, growth %d KB%n", written,
                    Files.size(file) / 1024, retained.stream().map(b -> b / (1024 * 1024)).toList(), growth / 1024);
            assertTrue(retained.size() >= 10, "sampled through the export: " + retained);
            assertTrue(growth < RETAINED_LIMIT, "heap retained grew by " + growth / 1024 + " KB over the export");
            try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in);
                 Stream<Row> rows = wb.getFirstSheet().openStream()) {
                long[] seen = {0, 0};
                rows.forEach(r -> {
                    seen[0]++;
                    if (seen[0] > 1 && r.getCellText(0).startsWith(PREFIX)) {
                        seen[1]++;
                    }
                });
                assertEquals(ROWS + 1, seen[0]);
                assertEquals(ROWS, seen[1]);
            }
        } finally {
            Files.deleteIfExists(file);
            Db.update("DELETE FROM application WHERE id > ? AND serial_no LIKE '009%'", BASE_ID);
        }
    }

    @Test
    void theBureausPublicityListExportsItsRowsWithItsHeaders() throws Exception {
        Journey.at(ApplicationState.BUREAU_PUBLICITY);
        WorkListFilter filter = WorkListFilter.none().withStates(Set.of(ApplicationState.BUREAU_PUBLICITY));
        List<List<String>> sheet = exportedAsBureau(filter, ApplicationColumns.PUBLICITY);
        assertEquals(List.of("业务流水号", "摘要信息", "申请人", "当前环节"), sheet.get(0));
        assertEquals(listedAsBureau(filter), serialsOf(sheet), "the rows the list shows");
        assertEquals(serialsInState("BUREAU_PUBLICITY"), serialsOf(sheet), "every application at 人社公示");
        assertTrue(sheet.stream().skip(1).allMatch(r -> r.get(3).equals("人社公示")), "当前环节 in Chinese: " + sheet);
    }

    @Test
    void theCertificatesWaitingExportWithTheirHeaders() throws Exception {
        Journey.at(ApplicationState.CERTIFICATE);
        WorkListFilter filter = WorkListFilter.none().withStates(Set.of(ApplicationState.CERTIFICATE));
        List<List<String>> sheet = exportedAsBureau(filter, ApplicationColumns.CERTIFICATES_PENDING);
        assertEquals(List.of("业务流水号", "摘要信息", "申请人"), sheet.get(0));
        assertEquals(listedAsBureau(filter), serialsOf(sheet), "the rows the list shows");
        assertEquals(serialsInState("CERTIFICATE"), serialsOf(sheet), "every application at 制证");
    }

    @Test
    void theIssuedCertificatesExportWithTheirNumbers() throws Exception {
        Journey.Case c = Journey.at(ApplicationState.CERTIFICATE);
        Journey.act(c, "bureau", Action.ISSUE_CERTIFICATE);
        WorkListFilter filter = WorkListFilter.none().withStates(Set.of(ApplicationState.APPROVED));
        List<List<String>> sheet = exportedAsBureau(filter, ApplicationColumns.CERTIFICATES_ISSUED);
        assertEquals(List.of("业务流水号", "摘要信息", "申请人", "证书编号"), sheet.get(0));
        assertEquals(listedAsBureau(filter), serialsOf(sheet), "the rows the list shows");
        assertEquals(serialsInState("APPROVED"), serialsOf(sheet), "every issued application");
        String serial = Db.string("SELECT serial_no FROM application WHERE id = ?", c.id());
        String number = Db.string("SELECT certificate_no FROM application WHERE id = ?", c.id());
        assertTrue(sheet.stream().anyMatch(r -> r.get(0).equals(serial) && r.get(3).equals(number)),
                "the new certificate with its number " + number);
    }

    @Test
    void theUnitsPublicityListExportsItsOwnRowsUnderItsFilterWithItsHeaders() throws Exception {
        Journey.at(ApplicationState.UNIT_PRE_PUBLICITY);
        ReportService reports = InitialContext.doLookup("java:global/zhicheng/zhicheng-ejb/DefaultReportService!"
                + ReportService.class.getName());
        Set<String> expected = new HashSet<>();
        Db.rows("SELECT a.serial_no FROM application a JOIN unit u ON u.id = a.unit_id WHERE u.org_code = ? "
                + "AND a.state = 'UNIT_PRE_PUBLICITY' AND a.submitted_at IS NOT NULL", Fixtures.JT_ORG_CODE).forEach(r -> expected.add((String) r[0]));
        assertTrue(!expected.isEmpty(), "the unit has applicants at 评前公示");
        for (Boolean printed : java.util.Arrays.asList(null, false, true)) {
            Set<String> listed = new HashSet<>();
            long total = Users.as("jt-handler", () -> reports.publicityCandidates(true, printed, null, 0, 100)).total();
            for (int first = 0; first < total; first += 100) {
                int from = first;
                Users.as("jt-handler", () -> reports.publicityCandidates(true, printed, null, from, 100)).rows()
                        .forEach(r -> listed.add(r.serialNo()));
            }
            Path file = Files.createTempFile("publicity", ".xlsx");
            try {
                Users.as("jt-handler", () -> export(file,
                        ApplicationColumns.PUBLICITY_CANDIDATES, new KeysetPages<PublicityCandidate>() {
                            @Override
                            public List<PublicityCandidate> after(Long after, int max) {
                                return reports.publicityCandidatesAfter(true, printed, null, after, max);
                            }

                            @Override
                            public long keyOf(PublicityCandidate row) {
                                return row.applicationId();
                            }
                        }));
                List<List<String>> sheet = read(file);
                assertEquals(List.of("业务流水号", "状态", "人员姓名", "性别", "出生年月", "最高学历", "毕业时间",
                        "现专业技术资格名称", "取得时间", "申报评审专业", "申报评审资格名称", "申报属性"), sheet.get(0));
                assertEquals(listed, serialsOf(sheet), "the rows the list shows, 打印状态 " + printed);
                if (printed == null) {
                    assertEquals(expected, serialsOf(sheet), "exactly the unit's applicants at 评前公示");
                    assertTrue(sheet.stream().skip(1).allMatch(r -> r.get(1).equals("已打印") || r.get(1).equals("未打印")));
                }
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void theUnitsItemsExportTheirOwnRowsUnderTheTabWithTheScreensHeaders() throws Exception {
        UnitService units = InitialContext.doLookup("java:global/zhicheng/zhicheng-ejb/DefaultUnitService!"
                + UnitService.class.getName());
        for (UnitTab tab : UnitTab.values()) {
            UnitItemsFilter filter = new UnitItemsFilter(tab, null, null, null);
            Set<String> listed = new HashSet<>();
            long total = Users.as("jt-handler", () -> units.items(filter, 0, 1)).page().total();
            for (int first = 0; first < total; first += 100) {
                int from = first;
                Users.as("jt-handler", () -> units.items(filter, from, 100)).page().rows()
                        .forEach(r -> listed.add(r.serialNo()));
            }
            Path file = Files.createTempFile("items", ".xlsx");
            try {
                Users.as("jt-handler", () -> export(file, ApplicationColumns.MY_ITEMS,
                        pages((after, max) -> units.itemsAfter(filter, after, max))));
                List<List<String>> sheet = read(file);
                assertEquals(List.of("业务流水号", "事项名称", "摘要信息", "申请人", "当前环节", "办理部门", "办理结果", "申请时间"),
                        sheet.get(0));
                assertEquals(listed, serialsOf(sheet), "the rows the list shows under " + tab);
                if (tab == UnitTab.ALL) {
                    Set<String> expected = new HashSet<>();
                    Db.rows("SELECT a.serial_no FROM application a JOIN unit u ON u.id = a.unit_id WHERE u.org_code = ? "
                            + "AND a.state <> 'DRAFT' AND a.submitted_at IS NOT NULL", Fixtures.JT_ORG_CODE).forEach(r -> expected.add((String) r[0]));
                    assertTrue(!expected.isEmpty());
                    assertEquals(expected, serialsOf(sheet), "exactly the unit's applications");
                }
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void theUnitsPersonnelExportTheirOwnRowsWithTheScreensHeaders() throws Exception {
        PersonnelService personnel = InitialContext.doLookup("java:global/zhicheng/zhicheng-ejb/DefaultPersonnelService!"
                + PersonnelService.class.getName());
        Set<String> listed = new HashSet<>();
        long total = Users.as("jt-admin", () -> personnel.list(null, null, 0, 1)).total();
        for (int first = 0; first < total; first += 100) {
            int from = first;
            Users.as("jt-admin", () -> personnel.list(null, null, from, 100)).rows().forEach(r -> listed.add(r.idNumber()));
        }
        Set<String> expected = new HashSet<>();
        Db.rows("SELECT p.id_number FROM unit_person p JOIN unit u ON u.id = p.unit_id WHERE u.org_code = ?",
                Fixtures.JT_ORG_CODE).forEach(r -> expected.add((String) r[0]));
        assertTrue(!expected.isEmpty(), "the demo unit has personnel");
        Path file = Files.createTempFile("personnel", ".xlsx");
        try {
            Users.as("jt-admin", () -> export(file, UnitColumns.PERSONNEL, new KeysetPages<PersonnelRow>() {
                @Override
                public List<PersonnelRow> after(Long after, int max) {
                    return personnel.listAfter(null, null, after, max);
                }

                @Override
                public long keyOf(PersonnelRow row) {
                    return row.id();
                }
            }));
            List<List<String>> sheet = read(file);
            assertEquals(List.of("姓名", "证件类型", "证件号码", "创建时间", "创建用户"), sheet.get(0));
            Set<String> exported = new HashSet<>();
            sheet.stream().skip(1).forEach(r -> exported.add(r.get(2)));
            assertEquals(sheet.size() - 1, exported.size());
            assertEquals(listed, exported, "the rows the list shows");
            assertEquals(expected, exported, "exactly the unit's personnel");
            assertTrue(sheet.get(1).get(1).matches("\\p{IsHan}.*"), "证件类型 in Chinese: " + sheet.get(1));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theOutboxExportsWhatItListsUnderItsFilterForTheAdminOnly() throws Exception {
        NotificationService notifications = InitialContext.doLookup(
                "java:global/zhicheng/zhicheng-ejb/DefaultNotificationService!" + NotificationService.class.getName());
        String phone = "138" + (System.nanoTime() % 90_000_000 + 10_000_000);
        notifications.sms(phone, "导出测试短信");
        notifications.sms(phone, "导出测试短信二");
        for (String recipient : java.util.Arrays.asList(null, phone)) {
            Set<Long> listed = new HashSet<>();
            long total = Users.as("admin", () -> notifications.outbox(recipient, 0, 1)).total();
            for (int first = 0; first < total; first += 100) {
                int from = first;
                Users.as("admin", () -> notifications.outbox(recipient, from, 100)).rows().forEach(r -> listed.add(r.id()));
            }
            Set<Long> exported = new HashSet<>();
            long written = Users.as("admin", () -> {
                long n = 0;
                for (List<OutboxEntry> page = notifications.outboxAfter(recipient, null, 500); !page.isEmpty();
                     page = notifications.outboxAfter(recipient, page.get(page.size() - 1).id(), 500)) {
                    page.forEach(r -> exported.add(r.id()));
                    n += page.size();
                }
                return n;
            });
            assertEquals(listed, exported, "the rows the list shows, 接收方 " + recipient);
            assertEquals(written, exported.size());
            assertEquals(recipient == null ? Db.count("SELECT COUNT(*) FROM outbox_message")
                    : Db.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", recipient), written);
        }
        Path file = Files.createTempFile("outbox", ".xlsx");
        try {
            Users.as("admin", () -> export(file, UnitColumns.OUTBOX, new KeysetPages<OutboxEntry>() {
                @Override
                public List<OutboxEntry> after(Long after, int max) {
                    return notifications.outboxAfter(phone, after, max);
                }

                @Override
                public long keyOf(OutboxEntry row) {
                    return row.id();
                }
            }));
            List<List<String>> sheet = read(file);
            assertEquals(List.of("时间", "渠道", "接收方", "内容"), sheet.get(0));
            assertEquals(3, sheet.size());
            assertEquals(Set.of("导出测试短信", "导出测试短信二"), Set.of(sheet.get(1).get(3), sheet.get(2).get(3)));
            assertEquals(phone, sheet.get(1).get(2));
        } finally {
            Files.deleteIfExists(file);
        }
        assertThrows(jakarta.ejb.EJBAccessException.class,
                () -> Users.as("bureau", () -> notifications.outboxAfter(null, null, 10)));
    }

    @Test
    void theOfficesExpertPoolExportsItsOwnCommitteeOnly() throws Exception {
        ExpertPoolService pool = InitialContext.doLookup("java:global/zhicheng/zhicheng-ejb/DefaultExpertPoolService!"
                + ExpertPoolService.class.getName());
        long committee = Users.as("office-jt", pool::committees).get(0).id();
        Set<Long> listed = new HashSet<>();
        long total = Users.as("office-jt", () -> pool.pool(committee, 0, 1)).total();
        for (int first = 0; first < total; first += 100) {
            int from = first;
            Users.as("office-jt", () -> pool.pool(committee, from, 100)).rows().forEach(r -> listed.add(r.id()));
        }
        assertTrue(total > 0, "the demo committee has experts");
        assertEquals(Db.count("SELECT COUNT(*) FROM expert WHERE committee_id = ?", committee), total);
        Path file = Files.createTempFile("experts", ".xlsx");
        try {
            Set<Long> exported = new HashSet<>();
            long written = Users.as("office-jt", () -> export(file, UnitColumns.EXPERTS, new KeysetPages<ExpertView>() {
                @Override
                public List<ExpertView> after(Long after, int max) {
                    List<ExpertView> page = pool.poolAfter(committee, after, max);
                    page.forEach(r -> exported.add(r.id()));
                    return page;
                }

                @Override
                public long keyOf(ExpertView row) {
                    return row.id();
                }
            }));
            assertEquals(total, written);
            assertEquals(listed, exported, "the rows the list shows");
            List<List<String>> sheet = read(file);
            assertEquals(List.of("姓名", "用户名", "工作单位", "组织机构码", "专业", "职称级别", "任期", "状态"), sheet.get(0));
            assertEquals(total + 1, sheet.size());
            assertTrue(sheet.stream().skip(1).allMatch(r -> r.get(7).equals("在任") || r.get(7).equals("不在任期")));
        } finally {
            Files.deleteIfExists(file);
        }
        Long other = Db.rows("SELECT c.id FROM committee c WHERE c.office_id <> (SELECT office_id FROM committee WHERE id = ?)",
                committee).stream().map(r -> ((Number) r[0]).longValue()).findFirst().orElse(-1L);
        Exception listRefusal = assertThrows(Exception.class, () -> Users.as("office-jt", () -> pool.pool(other, 0, 10)));
        Exception exportRefusal = assertThrows(Exception.class,
                () -> Users.as("office-jt", () -> pool.poolAfter(other, null, 10)));
        assertEquals(listRefusal.getClass(), exportRefusal.getClass(), "another office's committee answers as the list does");
    }

    private static List<List<String>> exportedAsBureau(WorkListFilter filter, List<ExportColumn<ApplicationSummary>> columns)
            throws Exception {
        WorkListService workLists = workLists();
        Path file = Files.createTempFile("bureau", ".xlsx");
        try {
            Users.as("bureau", () -> export(file, columns, pages((after, max) -> workLists.exportPage(filter, after, max))));
            return read(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Set<String> listedAsBureau(WorkListFilter filter) throws Exception {
        WorkListService workLists = workLists();
        Set<String> listed = new HashSet<>();
        long total = Users.as("bureau", () -> workLists.list(filter, WorkListSort.NEWEST_SUBMITTED, 0, 1)).page().total();
        for (int first = 0; first < total; first += 100) {
            int from = first;
            Users.as("bureau", () -> workLists.list(filter, WorkListSort.NEWEST_SUBMITTED, from, 100)).page().rows()
                    .forEach(r -> listed.add(r.serialNo()));
        }
        assertEquals(total, listed.size());
        return listed;
    }

    private static Set<String> serialsOf(List<List<String>> sheet) {
        Set<String> serials = new HashSet<>();
        sheet.stream().skip(1).forEach(r -> serials.add(r.get(0)));
        assertEquals(sheet.size() - 1, serials.size(), "each row once");
        return serials;
    }

    private static Set<String> serialsInState(String state) throws Exception {
        Set<String> expected = new HashSet<>();
        Db.rows("SELECT serial_no FROM application WHERE state = ?", state).forEach(r -> expected.add((String) r[0]));
        return expected;
    }

    // ---- helpers

    private static <R> long export(Path file, List<ExportColumn<R>> columns, KeysetPages<R> pages) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            return XlsxExport.write(out, "导出", columns, pages);
        }
    }

    private interface Call {
        List<ApplicationSummary> after(Long after, int max);
    }

    private static KeysetPages<ApplicationSummary> pages(Call call) {
        return new KeysetPages<>() {
            @Override
            public List<ApplicationSummary> after(Long after, int max) {
                return call.after(after, max);
            }

            @Override
            public long keyOf(ApplicationSummary row) {
                return row.id();
            }
        };
    }

    private static List<List<String>> read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in);
             Stream<Row> rows = wb.getFirstSheet().openStream()) {
            List<List<String>> all = new ArrayList<>();
            rows.forEach(r -> {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < r.getCellCount(); c++) {
                    cells.add(r.getCellText(c));
                }
                all.add(cells);
            });
            return all;
        }
    }

    /** 100k applications in one set-based insert (a generator of the database), at 单位审核, submitted. */
    private static void insertRows() throws Exception {
        Fixtures.Applicant who = Fixtures.applicantOf(Fixtures.JT_ORG_CODE);
        boolean postgres;
        try (Connection c = Db.dataSource().getConnection()) {
            postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
        String numbers = postgres ? "generate_series(1, " + ROWS + ") AS g(x)" : "SYSTEM_RANGE(1, " + ROWS + ") AS g(x)";
        Db.update("INSERT INTO application (id, serial_no, state, applicant_id, applicant_name, summary, handling_dept, "
                + "created_at, submitted_at, updated_at, version) SELECT ? + x, '009' || LPAD(CAST(x AS VARCHAR(16)), 16, '0'), "
                + "'UNIT_REVIEW', ?, ?, '工程师(工程技术)', '导出测试单位', ?, ?, ?, 0 FROM " + numbers,
                BASE_ID, who.personId(), who.name(), LocalDateTime.of(2021, 1, 5, 9, 0),
                LocalDateTime.of(2021, 1, 5, 9, 0), LocalDateTime.of(2021, 1, 5, 9, 0));
        assertEquals(ROWS, Db.count("SELECT COUNT(*) FROM application WHERE id > ? AND serial_no LIKE '009%'", BASE_ID));
    }

    private static WorkListService workLists() throws Exception {
        return InitialContext.doLookup("java:global/zhicheng/zhicheng-ejb/DefaultWorkListService!"
                + WorkListService.class.getName());
    }
}
