package cn.zhicheng.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;

import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.remote.Remote;

/**
 * The benchmark (README, docs/PERFORMANCE.md): on PostgreSQL, grows the generated data set through the sizes of
 * {@code zc.bench.sizes}, measures each work list at every size through the services and as raw SQL, then the
 * workflow's transitions, the deadline cut-off and the personnel import against their anchors, and writes the table
 * to {@code target/bench/PERFORMANCE.md}. It fails on errors (a probe that fails, a cut-off that leaves an overdue
 * application open, an import that loses a row), never on times: the goals are read from the table.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformBench {

    private static final List<String> LISTS = List.of("unit", "office", "bureau", "individual");
    private static final Map<String, String> LIST_NAMES = Map.of("unit", "单位 work list (jt-admin)",
            "office", "日常工作部门 work list (office-jt)", "bureau", "业务权属部门 work list, bureau stages (bureau)",
            "individual", "我的事项 (zhangsan)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithKit(BenchProbes.class, BenchData.class, Timing.class);
    }

    @Test
    void measure() throws Exception {
        List<Long> sizes = new ArrayList<>();
        for (String s : System.getProperty("zc.bench.sizes", "1000").split(",")) {
            sizes.add(Long.parseLong(s.strip()));
        }
        long seed = Long.getLong("zc.bench.seed", 2020L);
        int importRows = Integer.getInteger("zc.bench.importRows", 1000);
        List<String[]> table = new ArrayList<>();
        Map<Long, Map<String, String>> lists = new LinkedHashMap<>();
        try (Connection db = connect()) {
            BenchData data = new BenchData(db, seed);
            for (long size : sizes) {
                long before = data.size();
                long start = System.nanoTime();
                long rows = data.growTo(size);
                double seconds = (System.nanoTime() - start) / 1e9;
                table.add(row("data set grown " + before + " → " + size + " applications", rows + " rows in "
                        + fmt(seconds) + " s (" + fmt(rows / seconds) + " rows/s)", "–", "–", "–"));
                lists.put(size, Remote.call(BenchProbes.class, "workLists"));
            }
            long small = sizes.get(0);
            long large = sizes.get(sizes.size() - 1);
            for (String list : LISTS) {
                double atSmall = ms(lists.get(small), list + ".service");
                double atLarge = ms(lists.get(large), list + ".service");
                double sql = ms(lists.get(large), list + ".sql");
                table.add(row(LIST_NAMES.get(list) + ": page + stage counts at " + large + " vs " + small,
                        fmt(atLarge) + " ms (p95 " + lists.get(large).get(list + ".service.p95") + ")",
                        fmt(atSmall) + " ms at " + small, ratio(atLarge, atSmall), "≤ 1.5×"));
                table.add(row(LIST_NAMES.get(list) + ": the service vs hand-written SQL at " + large,
                        fmt(atLarge) + " ms", fmt(sql) + " ms (JDBC)", ratio(atLarge, sql), "≤ 10×"));
            }

            Map<String, String> t = Remote.call(BenchProbes.class, "transitions", "4", "100");
            double service = Double.parseDouble(t.get("service.perSecond"));
            double jdbc = Double.parseDouble(t.get("jdbc.perSecond"));
            table.add(row("评前审核通过 through WorkflowService, 4 threads (" + t.get("count") + " transitions)",
                    fmt(service) + " /s", fmt(jdbc) + " /s (JDBC UPDATE + INSERTs)", ratio(service, jdbc), "≥ 0.3×"));

            Map<String, String> pdf = Remote.call(BenchProbes.class, "pdfs");
            table.add(row("评前公示名单 PDF of " + pdf.get("list.rows") + " applicants (first rendering "
                    + pdf.get("list.cold.ms") + " ms)", pdf.get("list.ms") + " ms", "–", "–", "≤ 2 s (1,000 applicants)"));
            table.add(row("职称评审申报人情况登记表 PDF, warm", pdf.get("registration.ms") + " ms", "–", "–", "≤ 300 ms"));

            Map<String, String> c = Remote.call(BenchProbes.class, "cutoff");
            double job = Double.parseDouble(c.get("job.ms"));
            double setBased = Double.parseDouble(c.get("sql.ms"));
            table.add(row("deadline cut-off job over " + c.get("open") + " open applications (" + c.get("exit") + ")",
                    fmt(job / 1000) + " s", fmt(setBased / 1000) + " s (UPDATE + INSERT … SELECT)",
                    ratio(job, setBased), "≤ 5 s and ≤ 5×"));

            Map<String, String> imp = Remote.call(BenchProbes.class, "personnelImport", String.valueOf(importRows),
                    String.valueOf(seed));
            assertEquals(String.valueOf(importRows), imp.get("rows"));
            double imported = Double.parseDouble(imp.get("perSecond"));
            double copied = copyRate(db, BenchProbes.people(importRows, seed));
            table.add(row("personnel import job, " + importRows + "-row .xlsx", fmt(imported) + " rows/s",
                    fmt(copied) + " rows/s (COPY)", ratio(imported, copied), "≥ 0.2×"));
        }
        write(table, sizes);
    }

    /** PostgreSQL's COPY of the same people into a table shaped like the personnel list: rows per second. */
    private static double copyRate(Connection db, List<String[]> people) throws SQLException, IOException {
        StringBuilder csv = new StringBuilder();
        long id = 5 * BenchData.BASE;
        for (String[] p : people) {
            csv.append(id++).append(",1,").append(p[0]).append(",RESIDENT_ID,").append(p[1])
                    .append(",2021-01-10 09:00:00,jt-admin\n");
        }
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TEMP TABLE bench_copy (LIKE unit_person INCLUDING ALL)");
        }
        try {
            long start = System.nanoTime();
            db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_copy (id, unit_id, name, id_type, id_number, "
                    + "created_at, created_by) FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
            return people.size() / ((System.nanoTime() - start) / 1e9);
        } finally {
            try (Statement s = db.createStatement()) {
                s.execute("DROP TABLE bench_copy");
            }
        }
    }

    private static Connection connect() throws SQLException {
        String url = "jdbc:postgresql://" + System.getProperty("zc.db.host", "127.0.0.1") + ":"
                + System.getProperty("zc.db.port", "5432") + "/" + System.getProperty("zc.db.name", "zhicheng_bench");
        return DriverManager.getConnection(url, System.getProperty("zc.db.user", "postgres"),
                System.getProperty("zc.db.password", ""));
    }

    private static void write(List<String[]> table, List<Long> sizes) throws IOException {
        StringBuilder md = new StringBuilder("| measure | figure | anchor in the same run | ratio | goal |\n"
                + "|---|---|---|---|---|\n");
        for (String[] r : table) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        System.out.println("\n" + md);
        Path out = Path.of(System.getProperty("zc.build.dir", "target"), "bench", "PERFORMANCE-table.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "Sizes: " + sizes + "\n\n" + md, StandardCharsets.UTF_8);
    }

    private static String[] row(String... cells) {
        return cells;
    }

    private static double ms(Map<String, String> figures, String key) {
        return Double.parseDouble(figures.get(key + ".median"));
    }

    private static String ratio(double a, double b) {
        return b == 0 ? "–" : String.format(Locale.ROOT, "%.2f×", a / b);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
