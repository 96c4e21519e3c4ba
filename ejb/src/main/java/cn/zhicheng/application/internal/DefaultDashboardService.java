package cn.zhicheng.application.internal;

import cn.zhicheng.application.admin.Dashboard;
import cn.zhicheng.application.admin.DashboardService;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.Visibility;
import cn.zhicheng.domain.model.catalogue.ReviewYear;
import cn.zhicheng.domain.model.party.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Every number is one grouped SQL query over {@code application} (or its history) restricted by the caller's
 * {@link Visibility} rule, read here as SQL ({@link SqlReading}, the third reading of the rule beside the in-memory
 * and the Criteria one; a new condition does not compile until it is handled here too). The median per stage is
 * {@code PERCENTILE_CONT(0.5) WITHIN GROUP} (PostgreSQL and H2 2 both have it) over the stays computed with
 * {@code LEAD()} per application; only the seconds between two timestamps differ between the two databases.
 */
@Stateless
@RolesAllowed({Role.SYS_ADMIN_NAME, Role.BUREAU_NAME, Role.OFFICE_NAME})
public class DefaultDashboardService implements DashboardService {

    private static volatile Boolean postgres;

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/ZhichengDS")
    DataSource dataSource;

    @Inject
    CurrentActor currentActor;

    @Override
    public List<Integer> years() {
        return em.createQuery("SELECT y.year FROM ReviewYear y ORDER BY y.year DESC", Integer.class).getResultList();
    }

    @Override
    public Dashboard dashboard(int year) {
        ReviewYear reviewYear = em.createQuery("SELECT y FROM ReviewYear y WHERE y.year = :y", ReviewYear.class)
                .setParameter("y", year).getResultStream().findFirst()
                .orElseThrow(() -> new cn.zhicheng.application.admin.CatalogueRefusedException("year",
                        cn.zhicheng.domain.shared.MessageKey.CATALOGUE_NOT_FOUND));
        String scope = Visibility.of(currentActor.get()).read(new SqlReading())
                + " AND a.review_year_id = " + reviewYear.getId();

        Map<String, Long> byState = new HashMap<>();
        rows("SELECT a.state, COUNT(*) FROM application a WHERE " + scope + " GROUP BY a.state")
                .forEach(r -> byState.put((String) r[0], number(r[1])));
        List<Dashboard.Count> perStage = new ArrayList<>();
        for (ApplicationState s : shownStates()) {
            perStage.add(new Dashboard.Count(s.name(), s.label(), byState.getOrDefault(s.name(), 0L)));
        }

        List<Dashboard.Count> perCommittee = rows("SELECT c.id, c.name, COUNT(*) FROM application a "
                + "JOIN committee c ON c.id = a.committee_id WHERE " + scope + " GROUP BY c.id, c.name ORDER BY c.id")
                .stream().map(r -> new Dashboard.Count(String.valueOf(r[0]), (String) r[1], number(r[2]))).toList();

        String decided = " AND a.state IN ('APPROVED', 'REJECTED')";
        String passed = "SUM(CASE WHEN a.state = 'APPROVED' THEN 1 ELSE 0 END)";
        List<Dashboard.Rate> bySeries = rows("SELECT ts.name, " + passed + ", COUNT(*) FROM application a "
                + "JOIN specialty s ON s.id = a.specialty_id JOIN title t ON t.id = s.title_id "
                + "JOIN title_series ts ON ts.id = t.series_id WHERE " + scope + decided
                + " GROUP BY ts.id, ts.name ORDER BY ts.id")
                .stream().map(r -> new Dashboard.Rate((String) r[0], number(r[1]), number(r[2]))).toList();
        List<Dashboard.Rate> byUnit = rows("SELECT u.name, " + passed + ", COUNT(*) FROM application a "
                + "JOIN unit u ON u.id = a.unit_id WHERE " + scope + decided + " GROUP BY u.id, u.name ORDER BY u.name")
                .stream().map(r -> new Dashboard.Rate((String) r[0], number(r[1]), number(r[2]))).toList();

        Map<LocalDate, Long> perDay = rows("SELECT CAST(a.submitted_at AS DATE), COUNT(*) FROM application a WHERE "
                + scope + " AND a.submitted_at IS NOT NULL GROUP BY CAST(a.submitted_at AS DATE)").stream()
                .collect(Collectors.toMap(r -> day(r[0]), r -> number(r[1])));
        LocalDate from = reviewYear.getApplicationStart().toLocalDate();
        LocalDate to = reviewYear.getOfficeDeadline().toLocalDate().isAfter(reviewYear.getApplicationEnd().toLocalDate())
                ? reviewYear.getOfficeDeadline().toLocalDate() : reviewYear.getApplicationEnd().toLocalDate();
        for (LocalDate d : perDay.keySet()) {
            from = d.isBefore(from) ? d : from;
            to = d.isAfter(to) ? d : to;
        }
        List<Dashboard.DayCount> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to) && days.size() < 400; d = d.plusDays(1)) {
            days.add(new Dashboard.DayCount(d, perDay.getOrDefault(d, 0L)));
        }

        String seconds = isPostgres() ? "EXTRACT(EPOCH FROM (h.next_at - h.occurred_at))"
                : "DATEDIFF('SECOND', h.occurred_at, h.next_at)";
        Map<String, Object[]> stays = new HashMap<>();
        rows("SELECT d.stage, COUNT(*), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY d.secs), MAX(d.secs) FROM ("
                + "SELECT h.to_state AS stage, " + seconds + " AS secs FROM ("
                + "SELECT x.to_state, x.occurred_at, LEAD(x.occurred_at) OVER (PARTITION BY x.application_id "
                + "ORDER BY x.occurred_at, x.id) AS next_at FROM application_history x "
                + "JOIN application a ON a.id = x.application_id WHERE " + scope + ") h "
                + "WHERE h.next_at IS NOT NULL) d GROUP BY d.stage").forEach(r -> stays.put((String) r[0], r));
        List<Dashboard.StageTime> times = new ArrayList<>();
        for (ApplicationState s : ApplicationState.stageBar()) {
            Object[] r = stays.get(s.name());
            if (r != null) {
                times.add(new Dashboard.StageTime(s.name(), s.label(), number(r[1]), hours(r[2]), hours(r[3])));
            }
        }
        return new Dashboard(year, reviewYear.getApplicationStart(), reviewYear.getApplicationEnd(),
                reviewYear.getOfficeDeadline(), perStage, perCommittee, bySeries, byUnit, days, times);
    }

    /** The stage bar, then 退回修改 and the final states. */
    static List<ApplicationState> shownStates() {
        List<ApplicationState> states = new ArrayList<>(List.of(ApplicationState.stageBar()));
        for (ApplicationState s : ApplicationState.values()) {
            if (!states.contains(s) && s != ApplicationState.DRAFT) {
                states.add(s);
            }
        }
        states.remove(ApplicationState.DRAFT);
        return states;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        Query q = em.createNativeQuery(sql);
        List<?> result = q.getResultList();
        return result.stream().map(r -> r instanceof Object[] a ? a : new Object[]{r}).toList();
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static double hours(Object seconds) {
        return seconds == null ? 0 : Math.round(((Number) seconds).doubleValue() / 360.0) / 10.0;
    }

    private static LocalDate day(Object o) {
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        } else if (o instanceof LocalDate d) {
            return d;
        } else if (o instanceof Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        } else if (o instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        return LocalDate.parse(String.valueOf(o).substring(0, 10));
    }

    private boolean isPostgres() {
        if (postgres == null) {
            try (Connection c = dataSource.getConnection()) {
                postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return postgres;
    }

    /**
     * {@link Visibility}'s conditions as SQL on the alias {@code a} of {@code application}; only numbers, enum
     * names and an account's quoted name are written into the text, never anything a user typed.
     */
    static final class SqlReading implements Visibility.Interpreter<String> {

        @Override
        public String nothing() {
            return "1 = 0";
        }

        @Override
        public String and(List<String> all) {
            return all.isEmpty() ? "1 = 1" : "(" + String.join(" AND ", all) + ")";
        }

        @Override
        public String applicantIs(long personId) {
            return "a.applicant_id = " + personId;
        }

        @Override
        public String sentToUnit(long unitId) {
            return "a.unit_id = " + unitId;
        }

        @Override
        public String atCommitteeOf(long officeId) {
            return "a.committee_id IN (SELECT c2.id FROM committee c2 WHERE c2.office_id = " + officeId + ")";
        }

        @Override
        public String notInState(ApplicationState state) {
            return "a.state <> '" + state.name() + "'";
        }

        @Override
        public String submitted() {
            return "a.submitted_at IS NOT NULL";
        }

        @Override
        public String reachedOffice() {
            return "a.reached_office_at IS NOT NULL";
        }

        @Override
        public String readByExpert(String username) {
            // an account's own name from the database, quoted as an SQL literal (experts hold no dashboard anyway)
            return "EXISTS (SELECT 1 FROM expert_reader r WHERE r.application_id = a.id AND r.expert_username = '"
                    + username.replace("'", "''") + "')";
        }
    }
}
