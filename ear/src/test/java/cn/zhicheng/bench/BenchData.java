package cn.zhicheng.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's data set, generated in PostgreSQL itself (set-based {@code INSERT … SELECT} over
 * {@code generate_series}): applications spread over 200 generated units (a few large ones), every committee but
 * those of the measured office (交通运输, office 101), the states of a review season, each with a full form, history
 * rows and materials metadata. Reproducible: every choice is a hash of the row number and the seed, never
 * {@code random()}.
 *
 * <p>The measured callers' own share stays fixed while the data set grows: the generated rows belong to generated
 * units and people and to committees of the other offices, and none is at a bureau stage; so what the unit
 * {@code jt-admin}, the office {@code office-jt}, the bureau's stage and the applicant {@code zhangsan} see is the
 * demo's whatever the size. Ids start at 10^12, far above the platform's sequence.
 */
final class BenchData {

    static final long BASE = 1_000_000_000_000L;
    static final int UNITS = 200;
    /** Rows per statement: one transaction each, so that 1M rows never sit in one transaction. */
    private static final int CHUNK = 50_000;
    /** The committee (建设工程 中级, office 103) that takes two fifths of the generated set: the cut-off's subject. */
    static final long CUTOFF_COMMITTEE = 205L;
    /** The admin account of generated unit 1, the largest. */
    static final String UNIT_ADMIN = "bench-unit1";

    private final Connection db;
    private final long seed;

    BenchData(Connection db, long seed) {
        this.db = db;
        this.seed = seed;
    }

    /** How many generated applications the database holds. */
    long size() throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM application WHERE id > " + BASE)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Grows the generated set to {@code target} applications; answers the rows written (all tables). */
    long growTo(long target) throws SQLException {
        ensureUnits();
        long rows = 0;
        for (long from = size() + 1; from <= target; from += CHUNK) {
            long to = Math.min(target, from + CHUNK - 1);
            rows += chunk(from, to);
        }
        try (Statement s = db.createStatement()) {
            s.execute("ANALYZE");
        }
        return rows;
    }

    private void ensureUnits() throws SQLException {
        execute("INSERT INTO unit (id, name, org_code, address, contact_phone) "
                + "SELECT " + (2 * BASE) + " + u, '基准测试单位' || u, 'BENCH' || lpad(u::text, 13, '0'), "
                + "'深圳市福田区基准路' || u || '号', '0755-8' || lpad(u::text, 7, '0') "
                + "FROM generate_series(1, " + UNITS + ") u ON CONFLICT (id) DO NOTHING");
        // the largest generated unit's admin (the demo password): the caller of the publicity-list PDF
        execute("INSERT INTO user_account (id, username, account_type, role, display_name, unit_id, password_hash, "
                + "enabled, failed_attempts, created_at, version) SELECT " + (2 * BASE) + ", '" + UNIT_ADMIN + "', 'UNIT', "
                + "'UNIT_ADMIN', '基准测试单位1', " + (2 * BASE + 1) + ", password_hash, TRUE, 0, CURRENT_TIMESTAMP, 0 "
                + "FROM user_account WHERE username = 'jt-admin' ON CONFLICT (id) DO NOTHING");
    }

    private long chunk(long from, long to) throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            long rows = 0;
            // h(i, k): a reproducible pseudo-random integer in [0, 2^31) for row i and purpose k
            String h = "abs(hashint8(i * 7919 + %d + " + seed + " * 104729))";
            // the specialties to choose from, numbered within two groups: the cut-off committee's, and the others'
            String pick = "(SELECT id, committee_id, committee_id = " + CUTOFF_COMMITTEE + " AS cut, "
                    + "row_number() OVER (PARTITION BY committee_id = " + CUTOFF_COMMITTEE + " ORDER BY id) AS n, "
                    + "COUNT(*) OVER (PARTITION BY committee_id = " + CUTOFF_COMMITTEE + ") AS cnt FROM specialty "
                    + "WHERE committee_id NOT IN (SELECT id FROM committee WHERE office_id = 101))";
            String join = " JOIN " + pick + " s ON s.cut = (g.c < 2) AND s.n = 1 + mod(g.sp, s.cnt)";
            String state = "CASE WHEN g.p < 15 THEN 'DRAFT' WHEN g.p < 35 THEN 'UNIT_REVIEW' "
                    + "WHEN g.p < 45 THEN 'UNIT_PRE_PUBLICITY' WHEN g.p < 60 THEN 'OFFICE_PRE_AUDIT' "
                    + "WHEN g.p < 65 THEN 'AWAITING_PAYMENT' WHEN g.p < 75 THEN 'EXPERT_REVIEW' "
                    + "WHEN g.p < 80 THEN 'RETURNED' WHEN g.p < 90 THEN 'APPROVED' WHEN g.p < 93 THEN 'REJECTED' "
                    + "WHEN g.p < 95 THEN 'TERMINATED' ELSE 'CLOSED_BY_DEADLINE' END";
            String series = "FROM (SELECT i, mod(" + h.formatted(1) + ", 100) AS p, "
                    // a few large units: the cube of a uniform number crowds the low unit numbers
                    + "1 + floor(" + UNITS + " * power(mod(" + h.formatted(2) + ", 1000000) / 1000000.0, 3))::int AS u, "
                    + "mod(" + h.formatted(3) + ", 5) AS c, " + h.formatted(4) + " AS sp, "
                    + "mod(" + h.formatted(5) + ", 40) AS day "
                    + "FROM generate_series(" + from + ", " + to + ") i) g";
            rows += execute("INSERT INTO person (id, name, id_type, id_number, gender, birth_date, phone, email) "
                    + "SELECT " + BASE + " + i, '申报人' || i, 'RESIDENT_ID', 'B' || lpad(i::text, 17, '0'), "
                    + "CASE WHEN mod(i, 2) = 0 THEN '女' ELSE '男' END, DATE '1970-01-01' + mod(i, 12000)::int, "
                    + "'138' || lpad(mod(i, 100000000)::text, 8, '0'), 'p' || i || '@bench.example' "
                    + "FROM generate_series(" + from + ", " + to + ") i");
            rows += execute("INSERT INTO application_form (id, version, commitment_accepted, applicant_name, gender, "
                    + "id_type, id_number, birth_date, phone, nationality, work_start_date, insured_unit_name, "
                    + "insured_unit_org_code, work_unit, email, current_qualification_name, current_series, "
                    + "current_level, declaration_type, specialty_id, self_statement, negative_circumstances) "
                    + "SELECT " + BASE + " + g.i, 0, TRUE, '申报人' || g.i, 'MALE', 'RESIDENT_ID', "
                    + "'B' || lpad(g.i::text, 17, '0'), DATE '1980-01-01', '13800000000', '中国', DATE '2005-07-01', "
                    + "'基准测试单位' || g.u, 'BENCH' || lpad(g.u::text, 13, '0'), '基准测试单位' || g.u, "
                    + "'p' || g.i || '@bench.example', '工程师', '工程技术', 'INTERMEDIATE', 'REGULAR', s.id, "
                    + "repeat('本人长期从事专业技术工作，', 20), 'NONE' "
                    + series + join);
            rows += execute("INSERT INTO application (id, serial_no, state, applicant_id, applicant_name, unit_id, "
                    + "specialty_id, committee_id, review_year_id, summary, handling_dept, form_id, created_at, "
                    + "submitted_at, updated_at, version, reached_office_at) "
                    + "SELECT " + BASE + " + g.i, 'B' || lpad(g.i::text, 18, '0'), " + state + ", " + BASE + " + g.i, "
                    + "'申报人' || g.i, " + (2 * BASE) + " + g.u, s.id, "
                    + "s.committee_id, 601, "
                    + "'工程技术 中级 申报' || g.i, '基准测试单位' || g.u, " + BASE + " + g.i, "
                    + "TIMESTAMP '2020-12-01 09:00:00' + g.day * INTERVAL '1 day', "
                    + "CASE WHEN g.p < 15 THEN NULL ELSE TIMESTAMP '2020-12-30 09:00:00' + g.day * INTERVAL '10 minutes' END, "
                    + "TIMESTAMP '2021-01-05 09:00:00', 0, "
                    + "CASE WHEN g.p >= 45 AND g.p < 95 AND g.p NOT BETWEEN 75 AND 79 "
                    + "THEN TIMESTAMP '2021-01-02 09:00:00' + g.day * INTERVAL '1 minute' END "
                    + series + join);
            // history: creation, submission, and one or two decisions after it (an average of 3.4 per application)
            rows += execute("INSERT INTO application_history (id, application_id, occurred_at, actor_username, "
                    + "actor_role, action, from_state, to_state, opinion) "
                    + "SELECT " + BASE + " + (a.id - " + BASE + ") * 8 + k, a.id, "
                    + "a.created_at + k * INTERVAL '1 hour', 'bench' || (a.id - " + BASE + "), "
                    + "CASE WHEN k = 0 THEN 'INDIVIDUAL' ELSE 'UNIT_ADMIN' END, "
                    + "CASE WHEN k = 0 THEN 'SUBMIT' ELSE 'UNIT_APPROVE' END, "
                    + "CASE WHEN k = 0 THEN 'DRAFT' ELSE 'UNIT_REVIEW' END, a.state, '同意' "
                    + "FROM application a, generate_series(0, 4) k "
                    + "WHERE a.id BETWEEN " + (BASE + from) + " AND " + (BASE + to)
                    + " AND k <= CASE WHEN a.state = 'DRAFT' THEN 0 WHEN a.state IN ('UNIT_REVIEW', 'UNIT_PRE_PUBLICITY') "
                    + "THEN 2 ELSE 4 END");
            rows += execute("INSERT INTO material_file (id, owner_person_id, application_id, material_kind, file_name, "
                    + "content_type, size_bytes, sha256, uploaded_at, uploaded_by) "
                    + "SELECT " + BASE + " + (a.id - " + BASE + ") * 8 + k, a.applicant_id, a.id, "
                    + "(ARRAY['PHOTO', 'ID_CARD', 'EDUCATION', 'QUALIFICATION', 'ACHIEVEMENT'])[k + 1], "
                    + "'材料' || k || '.pdf', 'application/pdf', 100000 + k * 1000, "
                    + "md5(a.id::text || k) || md5(k || a.id::text), a.created_at, 'bench' || (a.id - " + BASE + ") "
                    + "FROM application a, generate_series(0, 4) k "
                    + "WHERE a.id BETWEEN " + (BASE + from) + " AND " + (BASE + to));
            db.commit();
            return rows;
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }

    private long execute(String sql) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            return ps.executeUpdate();
        }
    }
}
