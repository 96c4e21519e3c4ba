package cn.zhicheng.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.application.BatchConsoleService;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Users;
import java.util.List;
import javax.naming.InitialContext;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.remote.Remote;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 批处理作业 in a real browser: the admin starts the deadline cut-off of a committee with many overdue drafts in
 * chunks of one, watches its progress bar move while it runs, stops it (it ends STOPPED having closed part of
 * them), restarts it, and the restarted execution completes: every overdue application closed exactly once, the
 * database's counts agreeing with the console's; the schedule lists the timers' runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BatchConsoleBrowserIT {

    private static final int OVERDUE = 400;
    private static final long BASE_ID = 910_000_000L;
    private static final long YEAR_ID = 601L;
    private static final Pattern EXECUTION = Pattern.compile("执行编号 (\\d+)");

    private static Map<String, String> prepared;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithKit(BatchConsoleBrowserIT.class);
    }

    @BeforeAll
    static void prepare() {
        prepared = Remote.call(BatchConsoleBrowserIT.class, "committeeWithOverdueDrafts");
        AdminPages.start("admin");
    }

    @AfterAll
    static void cleanUp() {
        AdminPages.stop();
        if (prepared != null) {
            Remote.call(BatchConsoleBrowserIT.class, "removeCommittee", prepared.get("committee"));
        }
    }

    @Test
    void theAdminStartsWatchesStopsAndRestartsTheCutoff() {
        String committee = prepared.get("committee");
        AdminPages.openBatchConsole();
        assertTrue(AdminPages.scheduledRows().stream().anyMatch(r -> r.contains("deadline-cutoff")),
                "the deadline timers are listed: " + AdminPages.scheduledRows());

        String started = AdminPages.startJob("deadline-cutoff", "year=2020\ncommitteeId=" + committee + "\nitemCount=1");
        String first = executionOf(started);
        int seen = AdminPages.waitForPartialProgress(first, Duration.ofSeconds(60));
        AdminPages.snapshot("batch-console-running");
        assertTrue(seen > 0 && seen < 100, "progress while running: " + seen);

        AdminPages.rowAction(first, "stop", false);
        AdminPages.waitForMessage("batch", "已请求停止作业执行 " + first);
        AdminPages.waitForStatus(first, "STOPPED", Duration.ofSeconds(60));
        Map<String, String> stopped = Remote.call(BatchConsoleBrowserIT.class, "closedOf", committee, first, first);
        long closedWhenStopped = Long.parseLong(stopped.get("closed"));
        assertTrue(closedWhenStopped > 0 && closedWhenStopped < OVERDUE, "stopped part-way: " + stopped);

        AdminPages.rowAction(first, "restart", false);
        String second = executionOf(AdminPages.waitForMessage("batch", "已重新启动"));
        AdminPages.waitForStatus(second, "COMPLETED", Duration.ofSeconds(420));
        AdminPages.snapshot("batch-console-completed");
        assertEquals(100, AdminPages.percent(second));

        Map<String, String> done = Remote.call(BatchConsoleBrowserIT.class, "closedOf", committee, first, second);
        assertEquals(String.valueOf(OVERDUE), done.get("closed"), "every overdue draft closed: " + done);
        assertEquals("0", done.get("closedTwice"), "none closed twice: " + done);
        assertEquals("0", done.get("open"), done.toString());
        assertEquals("STOPPED", done.get("status:" + first), done.toString());
        assertEquals("COMPLETED", done.get("status:" + second), done.toString());
        assertEquals("admin", done.get("requestedBy"), "the cut-off records who asked: " + done);
    }

    private static String executionOf(String message) {
        Matcher m = EXECUTION.matcher(message);
        assertTrue(m.find(), "the message names the new execution: " + message);
        return m.group(1);
    }

    // ---- inside the server

    /** A committee of its own, its 2020 deadline passed, with {@link #OVERDUE} drafts inserted in one statement. */
    public static Map<String, String> committeeWithOverdueDrafts() throws Exception {
        long committee = Fixtures.nextId();
        long office = ((Number) Db.value("SELECT MIN(id) FROM office")).longValue();
        Db.update("INSERT INTO committee (id, name, office_id, member_count) VALUES (?, ?, ?, 0)",
                committee, "控制台测试评委会" + committee, office);
        Db.update("INSERT INTO committee_deadline (committee_id, review_year_id, office_deadline) VALUES (?, ?, ?)",
                committee, YEAR_ID, LocalDateTime.of(2021, 1, 1, 0, 0));
        Fixtures.Applicant who = Fixtures.applicantOf(Fixtures.JT_ORG_CODE);
        boolean postgres;
        try (Connection c = Db.dataSource().getConnection()) {
            postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
        String numbers = postgres ? "generate_series(1, " + OVERDUE + ") AS g(x)" : "SYSTEM_RANGE(1, " + OVERDUE + ") AS g(x)";
        long base = BASE_ID + committee % 1000 * 10_000;
        LocalDateTime created = LocalDateTime.of(2021, 1, 5, 9, 0);
        Db.update("INSERT INTO application (id, serial_no, state, applicant_id, applicant_name, committee_id, "
                + "review_year_id, created_at, updated_at, version) SELECT ? + x, '008' || LPAD(CAST(? + x AS VARCHAR(16)), 16, '0'), "
                + "'DRAFT', ?, ?, ?, ?, ?, ?, 0 FROM " + numbers, base, base, who.personId(), who.name(), committee, YEAR_ID,
                created, created);
        return Map.of("committee", String.valueOf(committee));
    }

    public static Map<String, String> closedOf(String committee, String first, String second) throws Exception {
        long id = Long.parseLong(committee);
        Map<String, String> facts = new java.util.HashMap<>();
        facts.put("closed", String.valueOf(Db.count("SELECT COUNT(*) FROM application WHERE committee_id = ? "
                + "AND state = 'CLOSED_BY_DEADLINE'", id)));
        facts.put("open", String.valueOf(Db.count("SELECT COUNT(*) FROM application WHERE committee_id = ? "
                + "AND state <> 'CLOSED_BY_DEADLINE'", id)));
        facts.put("closedTwice", String.valueOf(Db.count("SELECT COUNT(*) FROM (SELECT h.application_id FROM "
                + "application_history h JOIN application a ON a.id = h.application_id WHERE a.committee_id = ? "
                + "AND h.action = 'CLOSE_BY_DEADLINE' GROUP BY h.application_id HAVING COUNT(*) > 1) t", id)));
        BatchConsoleService console = InitialContext.doLookup("java:global/zhicheng/zhicheng-batch/DefaultBatchConsole!"
                + BatchConsoleService.class.getName());
        for (String execution : List.of(first, second)) {
            facts.put("status:" + execution, Users.as("admin",
                    () -> console.execution(Long.parseLong(execution))).batchStatus());
        }
        facts.put("requestedBy", Db.string("SELECT requested_by FROM deadline_cutoff WHERE committee_id = ?", id));
        return facts;
    }

    public static void removeCommittee(String committee) {
        long id = Long.parseLong(committee);
        String ofCommittee = "(SELECT id FROM application WHERE committee_id = " + id + ")";
        Db.update("DELETE FROM decision_record WHERE application_id IN " + ofCommittee);
        Db.update("DELETE FROM application_history WHERE application_id IN " + ofCommittee);
        Db.update("DELETE FROM application WHERE committee_id = ?", id);
        Db.update("DELETE FROM deadline_cutoff WHERE committee_id = ?", id);
        Db.update("DELETE FROM committee_deadline WHERE committee_id = ?", id);
        Db.update("DELETE FROM committee WHERE id = ?", id);
    }
}
