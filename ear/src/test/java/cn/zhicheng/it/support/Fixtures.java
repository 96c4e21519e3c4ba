package cn.zhicheng.it.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.zhicheng.domain.model.party.ResidentId;

/**
 * Test people: each scenario gets a fresh applicant (a person, an individual account, and a row on a unit's
 * personnel list), so that scenarios never meet through the one-application-per-series rule.
 */
public final class Fixtures {

    /** The transport company of the demo data (社保 unit of 张三; jt-admin, jt-handler). */
    public static final String JT_ORG_CODE = "91440300MA5XXXX01A";
    public static final String JT_NAME = "深圳市示例交通建设有限公司";
    public static final String RJ_ORG_CODE = "91440300MA5XXXX02B";

    private Fixtures() {
    }

    public record Applicant(long personId, String username, String name, String idNumber) {
    }

    /** A new applicant on the personnel list of the unit with this organisation code. */
    public static Applicant applicantOf(String unitOrgCode) {
        long id = nextId();
        long unitId = ((Number) Db.value("SELECT id FROM unit WHERE org_code = ?", unitOrgCode)).longValue();
        String idNumber = residentId(id);
        String name = "测试" + (id % 100000);
        String username = "it" + id;
        LocalDateTime now = LocalDateTime.now();
        Db.update("INSERT INTO person (id, name, id_type, id_number, gender, birth_date, phone) VALUES (?, ?, 'RESIDENT_ID', ?, ?, ?, ?)",
                id, name, idNumber, ResidentId.gender(idNumber), ResidentId.birthDate(idNumber), "13900000000");
        Db.update("INSERT INTO user_account (id, username, account_type, role, display_name, person_id, password_hash, created_at) "
                + "VALUES (?, ?, 'PERSONAL', 'INDIVIDUAL', ?, ?, 'no-login', ?)", nextId(), username, name, id, now);
        Db.update("INSERT INTO unit_person (id, unit_id, name, id_type, id_number, created_at, created_by) "
                + "VALUES (?, ?, ?, 'RESIDENT_ID', ?, ?, 'fixtures')", nextId(), unitId, name, idNumber, now);
        return new Applicant(id, username, name, idNumber);
    }

    public static long unitId(String orgCode) {
        return ((Number) Db.value("SELECT id FROM unit WHERE org_code = ?", orgCode)).longValue();
    }

    /** The next value of the application's own sequence, whatever the database. */
    public static long nextId() {
        try (Connection c = Db.dataSource().getConnection()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            return ((Number) Db.value(postgres ? "SELECT nextval('zc_seq')" : "SELECT NEXT VALUE FOR zc_seq")).longValue();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid 18-digit resident id (GB 11643) whose birth date and sequence derive from n. */
    static String residentId(long n) {
        return ResidentId.of("440305", LocalDate.of(1970, 1, 1).plusDays(n % 10000), (int) ((n / 10000) % 1000));
    }
}
