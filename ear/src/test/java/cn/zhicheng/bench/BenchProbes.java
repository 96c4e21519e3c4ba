package cn.zhicheng.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.wildfly.security.auth.server.SecurityIdentity;

import cn.zhicheng.application.ApplicantService;
import cn.zhicheng.application.CutoffRun;
import cn.zhicheng.application.DeadlineCutoffService;
import cn.zhicheng.application.DeadlineService;
import cn.zhicheng.application.ImportProgress;
import cn.zhicheng.application.PersonnelImportService;
import cn.zhicheng.application.PublicityNotice;
import cn.zhicheng.application.ReportService;
import cn.zhicheng.application.WorkListFilter;
import cn.zhicheng.application.WorkListService;
import cn.zhicheng.application.WorkListSort;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.party.ImportStatus;
import cn.zhicheng.domain.model.party.ResidentId;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;

/**
 * The server half of the benchmark: each method times one kind of work through the platform's EJBs and the same
 * work as hand-written JDBC on the same datasource (the anchor), and answers the figures. Called by
 * {@link PlatformBench} through the server kit; never part of the product.
 */
public final class BenchProbes {

    private static final int WARM_UP = 20;
    private static final int RUNS = 60;
    private static final Set<ApplicationState> BUREAU_STAGES =
            Set.of(ApplicationState.BUREAU_REVIEW, ApplicationState.BUREAU_PUBLICITY, ApplicationState.CERTIFICATE);
    private static final LocalDateTime SEEDED_DEADLINE = LocalDateTime.of(2021, 1, 25, 0, 0);

    private BenchProbes() {
    }

    /** Each work list's first page with its stage bar, through the service and as raw SQL: median/p95 ms. */
    public static Map<String, String> workLists() throws Exception {
        WorkListService lists = lookup("java:global/zhicheng/zhicheng-ejb/DefaultWorkListService!"
                + WorkListService.class.getName());
        ApplicantService applicants = Journey.applications();
        long zhangsan = ((Number) Db.value("SELECT person_id FROM user_account WHERE username = 'zhangsan'")).longValue();
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "unit.service", as("jt-admin",
                () -> lists.list(WorkListFilter.none(), WorkListSort.NEWEST_SUBMITTED, 0, 10)));
        put(out, "unit.sql", Timing.of(WARM_UP, RUNS, () -> pageAndCounts(
                "a.unit_id = (SELECT unit_id FROM user_account WHERE username = 'jt-admin') "
                        + "AND a.state <> 'DRAFT' AND a.submitted_at IS NOT NULL", "a.submitted_at DESC")));
        put(out, "office.service", as("office-jt",
                () -> lists.list(WorkListFilter.none(), WorkListSort.NEWEST_SUBMITTED, 0, 10)));
        put(out, "office.sql", Timing.of(WARM_UP, RUNS, () -> pageAndCounts(
                "a.committee_id IN (SELECT id FROM committee WHERE office_id = 101) AND a.reached_office_at IS NOT NULL",
                "a.submitted_at DESC")));
        put(out, "bureau.service", as("bureau",
                () -> lists.list(WorkListFilter.none().withStates(BUREAU_STAGES), WorkListSort.NEWEST_SUBMITTED, 0, 10)));
        put(out, "bureau.sql", Timing.of(WARM_UP, RUNS, () -> bureauPageAndCounts()));
        put(out, "individual.service", as("zhangsan",
                () -> applicants.myApplications(ApplicationState.Tab.ALL, 0, 10)));
        put(out, "individual.sql", Timing.of(WARM_UP, RUNS, () -> pageAndCounts("a.applicant_id = " + zhangsan,
                "a.created_at DESC")));
        return out;
    }

    /**
     * 评前审核通过 taken through WorkflowService by {@code threads} threads as office-dz (lock, guard, state, decision,
     * history, the payment order it opens), and the anchor: per transaction a locking read, an UPDATE and two
     * INSERTs by JDBC, on other applications of the same kind. Answers transitions per second of each.
     */
    public static Map<String, String> transitions(String threadsText, String eachText) throws Exception {
        int threads = Integer.parseInt(threadsText);
        List<Long> ids = longs("SELECT a.id FROM application a JOIN committee c ON c.id = a.committee_id "
                + "WHERE a.id > ? AND c.office_id = 102 AND a.state = 'OFFICE_PRE_AUDIT' ORDER BY a.id LIMIT ?",
                BenchData.BASE, 2 * threads * Integer.parseInt(eachText));
        // at the smoke size there are fewer: as many as there are, half for each side
        int each = ids.size() / (2 * threads);
        if (each == 0) {
            throw new IllegalStateException("only " + ids.size() + " applications at 评前审核 of office 102");
        }
        WorkflowService workflow = Journey.workflow();
        SecurityIdentity office = Users.identity("office-dz");
        double serviceSeconds = parallel(threads, t -> {
            for (int i = 0; i < each; i++) {
                long id = ids.get(t * each + i);
                Users.as(office, () -> workflow.decide(id, Journey.version(id),
                        Journey.decisionFor(Action.OFFICE_PRE_APPROVE)));
            }
        });
        AtomicLong nextId = new AtomicLong(3 * BenchData.BASE + System.nanoTime() % 1_000_000_000L * 10);
        double jdbcSeconds = parallel(threads, t -> {
            try (Connection c = Db.dataSource().getConnection()) {
                c.setAutoCommit(false);
                for (int i = 0; i < each; i++) {
                    long id = ids.get(threads * each + t * each + i);
                    jdbcTransition(c, id, nextId.incrementAndGet(), nextId.incrementAndGet());
                    c.commit();
                }
            }
        });
        int total = threads * each;
        Map<String, String> out = new LinkedHashMap<>();
        out.put("service.perSecond", fmt(total / serviceSeconds));
        out.put("jdbc.perSecond", fmt(total / jdbcSeconds));
        out.put("count", String.valueOf(total));
        return out;
    }

    /**
     * The deadline cut-off of the benchmark's committee: first the anchor (one UPDATE and one INSERT … SELECT, rolled
     * back), then the job itself (chunks of 100, as in production). Answers the applications closed and both times.
     */
    public static Map<String, String> cutoff() throws Exception {
        long committee = BenchData.CUTOFF_COMMITTEE;
        String overdue = "committee_id = " + committee + " AND review_year_id = 601 AND (state IN ('DRAFT', "
                + "'UNIT_REVIEW', 'UNIT_PRE_PUBLICITY') OR (state = 'RETURNED' AND returned_from = 'UNIT_REVIEW'))";
        long open = Db.count("SELECT COUNT(*) FROM application WHERE " + overdue);
        double setBased;
        try (Connection c = Db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement history = c.prepareStatement("INSERT INTO application_history (id, application_id, "
                    + "occurred_at, actor_username, actor_role, action, from_state, to_state) SELECT "
                    + (4 * BenchData.BASE) + " + id, id, CURRENT_TIMESTAMP, 'system', 'SYSTEM', 'CLOSE_BY_DEADLINE', "
                    + "state, 'CLOSED_BY_DEADLINE' FROM application WHERE " + overdue);
                 PreparedStatement close = c.prepareStatement("UPDATE application SET state = 'CLOSED_BY_DEADLINE', "
                         + "version = version + 1, updated_at = CURRENT_TIMESTAMP WHERE " + overdue)) {
                history.executeUpdate();
                close.executeUpdate();
            }
            setBased = (System.nanoTime() - start) / 1e6;
            c.rollback();
        }
        DeadlineService deadlines = lookup("java:global/zhicheng/zhicheng-ejb/DefaultDeadlineService!"
                + DeadlineService.class.getName());
        DeadlineCutoffService cutoffs = lookup("java:global/zhicheng/zhicheng-batch/DeadlineCutoffScheduler!"
                + DeadlineCutoffService.class.getName());
        double job;
        String exit;
        try {
            Users.run("admin", () -> deadlines.moveDeadline(committee, 2020, LocalDateTime.of(2021, 1, 1, 0, 0)));
            long start = System.nanoTime();
            long execution = Users.as("admin", () -> cutoffs.start(committee, 2020, DeadlineCutoffService.Options.DEFAULT));
            CutoffRun run = Users.as("admin", () -> cutoffs.run(execution));
            Instant giveUp = Instant.now().plusSeconds(1800);
            while (!run.ended()) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("the cut-off did not end within 30 minutes");
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
                run = Users.as("admin", () -> cutoffs.run(execution));
            }
            job = (System.nanoTime() - start) / 1e6;
            if (!"COMPLETED".equals(run.batchStatus())) {
                throw new IllegalStateException("the cut-off ended " + run.batchStatus() + " " + run.exitStatus());
            }
            exit = run.exitStatus();
        } finally {
            Users.run("admin", () -> deadlines.moveDeadline(committee, 2020, SEEDED_DEADLINE));
        }
        long left = Db.count("SELECT COUNT(*) FROM application WHERE " + overdue);
        if (left != 0) {
            throw new IllegalStateException(left + " overdue applications left open by the cut-off");
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("open", String.valueOf(open));
        out.put("job.ms", fmt(job));
        out.put("sql.ms", fmt(setBased));
        out.put("exit", exit);
        return out;
    }

    /**
     * The official PDFs: the 评前公示名单 of up to 1,000 applicants of the largest generated unit (as its admin), once
     * cold and then the median of 5; the registration form (登记表) of zhangsan's application as zhangsan, 5 warm-up
     * renderings then the median of 20. Answers milliseconds and the list's row count.
     */
    public static Map<String, String> pdfs() throws Exception {
        ReportService reports = lookup("java:global/zhicheng/zhicheng-ejb/DefaultReportService!"
                + ReportService.class.getName());
        List<Long> publicised = longs("SELECT id FROM application WHERE unit_id = ? AND state = 'UNIT_PRE_PUBLICITY' "
                + "ORDER BY id LIMIT 1000", 2 * BenchData.BASE + 1);
        PublicityNotice notice = new PublicityNotice();
        notice.setStart(LocalDate.of(2021, 1, 4));
        notice.setEnd(LocalDate.of(2021, 1, 8));
        notice.setDepartment("人力资源部");
        SecurityIdentity unitAdmin = Users.identity(BenchData.UNIT_ADMIN);
        Callable<Object> list = () -> Users.as(unitAdmin, () -> reports.publicityList(true, notice, publicised));
        double listCold = Timing.once(list);
        Timing listWarm = Timing.of(0, 5, list);
        long own = ((Number) Db.value("SELECT MIN(a.id) FROM application a JOIN user_account u ON u.person_id = a.applicant_id "
                + "WHERE u.username = 'zhangsan'")).longValue();
        SecurityIdentity zhangsan = Users.identity("zhangsan");
        Timing registration = Timing.of(5, 20, () -> Users.as(zhangsan, () -> reports.registrationForm(own)));
        Map<String, String> out = new LinkedHashMap<>();
        out.put("list.rows", String.valueOf(publicised.size()));
        out.put("list.cold.ms", fmt(listCold));
        out.put("list.ms", fmt(listWarm.medianMs()));
        out.put("registration.ms", fmt(registration.medianMs()));
        return out;
    }

    /** The personnel import job (人员管理 导入) of an .xlsx of {@code rows} people into 交通建设's list: rows per second. */
    public static Map<String, String> personnelImport(String rowsText, String seedText) throws Exception {
        int rows = Integer.parseInt(rowsText);
        long seed = Long.parseLong(seedText);
        byte[] file = personnelSheet(rows, seed);
        PersonnelImportService importer = lookup("java:global/zhicheng/zhicheng-batch/PersonnelImporter!"
                + PersonnelImportService.class.getName());
        long start = System.nanoTime();
        ImportProgress started = Users.as("jt-admin", () -> importer.start("基准人员.xlsx", new ByteArrayInputStream(file),
                PersonnelImportService.Options.DEFAULT));
        ImportProgress p = started;
        Instant giveUp = Instant.now().plusSeconds(1800);
        while (p.status() == ImportStatus.RUNNING) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("the import did not end within 30 minutes");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            long id = started.importId();
            p = Users.as("jt-admin", () -> importer.progress(id));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (p.status() != ImportStatus.COMPLETED || p.importedRows() != rows) {
            throw new IllegalStateException("the import ended " + p.status() + " with " + p.importedRows() + " of "
                    + rows + " rows imported, " + p.rejectedRows() + " rejected");
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("rows", String.valueOf(rows));
        out.put("perSecond", fmt(rows / seconds));
        return out;
    }

    /** The same people as {@link #personnelImport}, as the CSV lines a COPY of them reads (for the anchor). */
    public static List<String[]> people(int rows, long seed) {
        List<String[]> people = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            LocalDate birth = LocalDate.of(1960, 1, 1).plusDays((seed * 7 + i / 1000) % 15000);
            people.add(new String[] {"基准" + i, ResidentId.of(String.valueOf(440300 + (int) (seed % 90)), birth, i % 1000)});
        }
        return people;
    }

    private static byte[] personnelSheet(int rows, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "bench", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("人员名单");
            sheet.value(0, 0, "姓名");
            sheet.value(0, 1, "证件号码");
            int r = 1;
            for (String[] person : people(rows, seed)) {
                sheet.value(r, 0, person[0]);
                sheet.value(r, 1, person[1]);
                r++;
            }
            sheet.finish();
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- helpers

    private static void jdbcTransition(Connection c, long id, long historyId, long decisionId) throws SQLException {
        long version;
        try (PreparedStatement lock = c.prepareStatement("SELECT version FROM application WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, id);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                version = rs.getLong(1);
            }
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (PreparedStatement update = c.prepareStatement("UPDATE application SET state = 'AWAITING_PAYMENT', "
                + "version = ?, updated_at = ? WHERE id = ? AND version = ?")) {
            update.setLong(1, version + 1);
            update.setTimestamp(2, now);
            update.setLong(3, id);
            update.setLong(4, version);
            update.executeUpdate();
        }
        try (PreparedStatement history = c.prepareStatement("INSERT INTO application_history (id, application_id, "
                + "occurred_at, actor_username, actor_role, action, from_state, to_state, opinion) "
                + "VALUES (?, ?, ?, 'office-dz', 'OFFICE', 'OFFICE_PRE_APPROVE', 'OFFICE_PRE_AUDIT', 'AWAITING_PAYMENT', ?)")) {
            history.setLong(1, historyId);
            history.setLong(2, id);
            history.setTimestamp(3, now);
            history.setString(4, "评前审核通过意见");
            history.executeUpdate();
        }
        try (PreparedStatement decision = c.prepareStatement("INSERT INTO decision_record (id, kind, application_id, "
                + "history_id, action, decided_at, actor_username, actor_role, opinion) "
                + "VALUES (?, 'OPINION', ?, ?, 'OFFICE_PRE_APPROVE', ?, 'office-dz', 'OFFICE', ?)")) {
            decision.setLong(1, decisionId);
            decision.setLong(2, id);
            decision.setLong(3, historyId);
            decision.setTimestamp(4, now);
            decision.setString(5, "评前审核通过意见");
            decision.executeUpdate();
        }
    }

    /** The anchor of a work list: its first page and its grouped count per state, by hand. */
    private static Object pageAndCounts(String scope, String order) throws SQLException {
        try (Connection c = Db.dataSource().getConnection()) {
            drain(c, "SELECT a.id, a.serial_no, a.summary, a.applicant_name, a.state, a.handling_dept, a.submitted_at "
                    + "FROM application a WHERE " + scope + " ORDER BY " + order + ", a.id DESC LIMIT 10");
            drain(c, "SELECT a.state, COUNT(*) FROM application a WHERE " + scope + " GROUP BY a.state");
        }
        return null;
    }

    private static Object bureauPageAndCounts() throws SQLException {
        try (Connection c = Db.dataSource().getConnection()) {
            drain(c, "SELECT a.id, a.serial_no, a.summary, a.applicant_name, a.state, a.handling_dept, a.submitted_at "
                    + "FROM application a WHERE a.state IN ('BUREAU_REVIEW', 'BUREAU_PUBLICITY', 'CERTIFICATE') "
                    + "ORDER BY a.submitted_at DESC, a.id DESC LIMIT 10");
            drain(c, "SELECT a.state, COUNT(*) FROM application a WHERE a.state <> 'DRAFT' GROUP BY a.state");
        }
        return null;
    }

    private static void drain(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }

    private static Timing as(String username, Callable<?> work) throws Exception {
        SecurityIdentity identity = Users.identity(username);
        return Timing.of(WARM_UP, RUNS, () -> Users.as(identity, work));
    }

    private interface Slice {
        void run(int thread) throws Exception;
    }

    private static double parallel(int threads, Slice slice) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    slice.run(thread);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Long> longs(String sql, Object... params) {
        List<Long> ids = new ArrayList<>();
        for (Object[] row : Db.rows(sql, params)) {
            ids.add(((Number) row[0]).longValue());
        }
        return ids;
    }

    private static void put(Map<String, String> out, String key, Timing t) {
        out.put(key + ".median", fmt(t.medianMs()));
        out.put(key + ".p95", fmt(t.p95Ms()));
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookup(String name) {
        try {
            return (T) InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
