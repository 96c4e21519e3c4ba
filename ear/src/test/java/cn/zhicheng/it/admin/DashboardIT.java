package cn.zhicheng.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.application.admin.Dashboard;
import cn.zhicheng.application.admin.DashboardService;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.Users;
import jakarta.ejb.EJBAccessException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 统计分析's numbers equal direct SQL counts (2020, as the admin and as an office), and on a review year of its own
 * with known stays the medians and slowest stays are exactly the history's.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    private static final long YEAR_2020 = 601L;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DashboardIT.class);
    }

    @Test
    void theAdminsNumbersEqualDirectCountsAndTheOfficeSeesItsOwn() throws Exception {
        DashboardService dashboards = dashboards();
        Dashboard admin = Users.as("admin", () -> dashboards.dashboard(2020));
        for (Dashboard.Count c : admin.perStage()) {
            assertEquals(Db.count("SELECT COUNT(*) FROM application WHERE review_year_id = ? AND state = ?", YEAR_2020,
                    c.key()), c.count(), c.key());
        }
        Map<String, Long> perCommittee = new HashMap<>();
        Db.rows("SELECT c.name, COUNT(*) FROM application a JOIN committee c ON c.id = a.committee_id "
                + "WHERE a.review_year_id = ? AND a.state <> 'DRAFT' GROUP BY c.name", YEAR_2020)
                .forEach(r -> perCommittee.put((String) r[0], ((Number) r[1]).longValue()));
        assertEquals(perCommittee, admin.perCommittee().stream()
                .collect(Collectors.toMap(Dashboard.Count::label, Dashboard.Count::count)));
        long submitted = Db.count("SELECT COUNT(*) FROM application WHERE review_year_id = ? AND state <> 'DRAFT' "
                + "AND submitted_at IS NOT NULL", YEAR_2020);
        assertEquals(submitted, admin.submissionsPerDay().stream().mapToLong(Dashboard.DayCount::count).sum());
        assertTrue(admin.submissionsPerDay().stream().anyMatch(d -> d.day().equals(admin.deadline().toLocalDate())),
                "the days run to the deadline");

        Dashboard office = Users.as("office-jt", () -> dashboards.dashboard(2020));
        long officeTotal = Db.count("SELECT COUNT(*) FROM application a WHERE a.review_year_id = ? AND "
                + "a.committee_id IN (SELECT id FROM committee WHERE office_id = 101) AND a.reached_office_at IS NOT NULL",
                YEAR_2020);
        assertEquals(officeTotal, office.perStage().stream().mapToLong(Dashboard.Count::count).sum());
        assertTrue(office.perCommittee().stream().allMatch(c -> c.label().contains("交通运输")), office.perCommittee().toString());
        assertEquals(0, office.perStage().stream().filter(c -> c.key().equals("UNIT_REVIEW")).mapToLong(Dashboard.Count::count).sum(),
                "an office never sees what has not reached it");

        Users.as("bureau", () -> dashboards.dashboard(2020));
        assertThrows(EJBAccessException.class, () -> Users.as("zhangsan", () -> dashboards.dashboard(2020)));
        assertThrows(EJBAccessException.class, () -> Users.as("jt-admin", () -> dashboards.dashboard(2020)));
    }

    @Test
    void mediansAndSlowestStaysComeFromTheHistory() throws Exception {
        long yearId = Fixtures.nextId();
        int year = 2040 + (int) (yearId % 50);
        Db.update("INSERT INTO review_year (id, review_year, application_start, application_end, office_deadline, "
                + "seniority_cutoff, material_cutoff, continuing_education_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                yearId, year, LocalDateTime.of(year, 3, 1, 0, 0), LocalDateTime.of(year, 3, 20, 0, 0),
                LocalDateTime.of(year, 3, 25, 0, 0), LocalDate.of(year, 12, 31), LocalDate.of(year, 8, 31),
                LocalDate.of(year, 1, 1));
        Fixtures.Applicant who = Fixtures.applicantOf(Fixtures.JT_ORG_CODE);
        long unit = Fixtures.unitId(Fixtures.JT_ORG_CODE);
        LocalDateTime t0 = LocalDateTime.of(year, 3, 2, 9, 0);
        List<Long> ids = new ArrayList<>();
        try {
            // unit review stays of 1 h, 3 h and 10 h; then one pre-publicity stay of 24 h
            ids.add(application(who, unit, yearId, "APPROVED", t0, null));
            history(ids.get(0), t0, "SUBMIT", "DRAFT", "UNIT_REVIEW");
            history(ids.get(0), t0.plusHours(1), "UNIT_APPROVE", "UNIT_REVIEW", "UNIT_PRE_PUBLICITY");
            ids.add(application(who, unit, yearId, "REJECTED", t0.plusDays(1), null));
            history(ids.get(1), t0.plusDays(1), "SUBMIT", "DRAFT", "UNIT_REVIEW");
            history(ids.get(1), t0.plusDays(1).plusHours(3), "UNIT_APPROVE", "UNIT_REVIEW", "UNIT_PRE_PUBLICITY");
            ids.add(application(who, unit, yearId, "OFFICE_PRE_AUDIT", t0.plusDays(1), t0.plusDays(2).plusHours(10)));
            history(ids.get(2), t0.plusDays(1), "SUBMIT", "DRAFT", "UNIT_REVIEW");
            history(ids.get(2), t0.plusDays(1).plusHours(10), "UNIT_APPROVE", "UNIT_REVIEW", "UNIT_PRE_PUBLICITY");
            history(ids.get(2), t0.plusDays(2).plusHours(10), "PRE_PUBLICITY_PASS", "UNIT_PRE_PUBLICITY", "OFFICE_PRE_AUDIT");

            Dashboard d = Users.as("admin", () -> dashboards().dashboard(year));
            Map<String, Dashboard.StageTime> times = d.timePerStage().stream()
                    .collect(Collectors.toMap(Dashboard.StageTime::state, t -> t));
            assertEquals(new Dashboard.StageTime("UNIT_REVIEW", ApplicationState.UNIT_REVIEW.label(), 3, 3.0, 10.0),
                    times.get("UNIT_REVIEW"));
            assertEquals(new Dashboard.StageTime("UNIT_PRE_PUBLICITY", ApplicationState.UNIT_PRE_PUBLICITY.label(), 1, 24.0, 24.0),
                    times.get("UNIT_PRE_PUBLICITY"));
            assertEquals(2, times.size(), "stays still open (at 日常工作部门评前审核) are not counted: " + times);
            assertEquals(List.of(new Dashboard.Rate("工程技术", 1, 2)), d.passBySeries());
            assertEquals(50.0, d.passBySeries().get(0).percent());
            assertEquals(Map.of(t0.toLocalDate(), 1L, t0.toLocalDate().plusDays(1), 2L), d.submissionsPerDay().stream()
                    .filter(c -> c.count() > 0).collect(Collectors.toMap(Dashboard.DayCount::day, Dashboard.DayCount::count)));
            assertEquals(LocalDate.of(year, 3, 1), d.submissionsPerDay().get(0).day());
            assertEquals(LocalDate.of(year, 3, 25), d.submissionsPerDay().get(d.submissionsPerDay().size() - 1).day());
        } finally {
            for (long id : ids) {
                Db.update("DELETE FROM application_history WHERE application_id = ?", id);
                Db.update("DELETE FROM application WHERE id = ?", id);
            }
            Db.update("DELETE FROM review_year WHERE id = ?", yearId);
        }
    }

    private static long application(Fixtures.Applicant who, long unit, long yearId, String state, LocalDateTime submitted,
                                    LocalDateTime reachedOffice) {
        long id = Fixtures.nextId();
        Db.update("INSERT INTO application (id, serial_no, state, applicant_id, applicant_name, unit_id, specialty_id, "
                + "committee_id, review_year_id, created_at, submitted_at, updated_at, reached_office_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, 502, 201, ?, ?, ?, ?, ?, 0)", id, "007" + String.format("%016d", id), state,
                who.personId(), who.name(), unit, yearId, submitted, submitted, submitted,
                reachedOffice == null ? null : Timestamp.valueOf(reachedOffice));
        return id;
    }

    private static void history(long applicationId, LocalDateTime at, String action, String from, String to) {
        Db.update("INSERT INTO application_history (id, application_id, occurred_at, actor_username, actor_role, action, "
                + "from_state, to_state) VALUES (?, ?, ?, 'test', 'SYSTEM', ?, ?, ?)", Fixtures.nextId(), applicationId, at,
                action, from, to);
    }

    private static DashboardService dashboards() throws Exception {
        return InitialContext.doLookup("java:global/zhicheng/zhicheng-ejb/DefaultDashboardService!"
                + DashboardService.class.getName());
    }
}
