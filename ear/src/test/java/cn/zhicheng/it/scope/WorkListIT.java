package cn.zhicheng.it.scope;

import static cn.zhicheng.domain.model.application.ApplicationState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.WorkList;
import cn.zhicheng.application.WorkListFilter;
import cn.zhicheng.application.WorkListService;
import cn.zhicheng.application.WorkListSort;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.party.NotGrantedException;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.Forms;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;

/**
 * The staff's work list: each filter, each sort column, paging and the per-stage counts, checked against the
 * database itself (the scope written out in SQL here, independently of the service's predicate).
 */
@ExtendWith(ArquillianExtension.class)
class WorkListIT {

    /** Each account's scope in plain SQL on {@code application a}: what the lists must match. */
    private static final Map<String, String> SCOPE_SQL = Map.of(
            "jt-admin", "a.unit_id = (SELECT id FROM unit WHERE org_code = '" + Fixtures.JT_ORG_CODE + "') "
                    + "AND a.state <> 'DRAFT' AND a.submitted_at IS NOT NULL",
            "rj-admin", "a.unit_id = (SELECT id FROM unit WHERE org_code = '" + Fixtures.RJ_ORG_CODE + "') "
                    + "AND a.state <> 'DRAFT' AND a.submitted_at IS NOT NULL",
            "office-jt", "a.committee_id IN (SELECT id FROM committee WHERE office_id = 101) "
                    + "AND a.reached_office_at IS NOT NULL",
            "office-dz", "a.committee_id IN (SELECT id FROM committee WHERE office_id = 102) "
                    + "AND a.reached_office_at IS NOT NULL",
            "bureau", "a.state <> 'DRAFT'",
            "admin", "a.state <> 'DRAFT'");

    private static List<Journey.Case> cases;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(WorkListIT.class, ScopeCases.class);
    }

    @EJB
    WorkListService workLists;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jt-admin", "rj-admin", "office-jt", "office-dz", "bureau", "admin"})
    void thePerStageCountsAndTheTotalEqualADirectCountInTheDatabase(String user) throws Exception {
        cases();
        WorkList list = list(user, WorkListFilter.none(), WorkListSort.NEWEST_SUBMITTED, 0, 10);
        for (ApplicationState state : ApplicationState.values()) {
            assertEquals(Db.count("SELECT COUNT(*) FROM application a WHERE " + SCOPE_SQL.get(user) + " AND a.state = ?",
                    state.name()), list.count(state), user + " " + state);
        }
        assertEquals(Db.count("SELECT COUNT(*) FROM application a WHERE " + SCOPE_SQL.get(user)), list.page().total());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jt-admin", "rj-admin", "office-jt", "office-dz", "bureau"})
    void outOfScopeRowsNeverAppearAndNoInScopeRowIsMissing(String user) throws Exception {
        cases();
        List<Long> listed = all(user, WorkListFilter.none(), new WorkListSort(WorkListSort.Column.SERIAL_NO, true));
        assertEquals(Db.count("SELECT COUNT(*) FROM application a WHERE " + SCOPE_SQL.get(user)), listed.size());
        if (!listed.isEmpty()) {
            assertEquals(0, Db.count("SELECT COUNT(*) FROM application a WHERE a.id IN (" + ids(listed) + ") AND NOT ("
                    + SCOPE_SQL.get(user) + ")"));
        }
    }

    @Test
    void theStateFilterCutsTheRowsButNotTheStageBar() throws Exception {
        cases();
        Set<ApplicationState> states = Set.of(UNIT_REVIEW, UNIT_PRE_PUBLICITY);
        WorkList list = list("jt-admin", WorkListFilter.none().withStates(states), WorkListSort.NEWEST_SUBMITTED, 0, 100);
        assertEquals(Db.count("SELECT COUNT(*) FROM application a WHERE " + SCOPE_SQL.get("jt-admin")
                + " AND a.state IN ('UNIT_REVIEW', 'UNIT_PRE_PUBLICITY')"), list.page().total());
        assertTrue(list.page().total() >= 5, "the cases of this test are there");
        assertTrue(list.page().rows().stream().allMatch(r -> states.contains(r.state())));
        assertEquals(Db.count("SELECT COUNT(*) FROM application a WHERE " + SCOPE_SQL.get("jt-admin")
                + " AND a.state = 'OFFICE_PRE_AUDIT'"), list.count(OFFICE_PRE_AUDIT), "the stage bar keeps every stage");
        assertTrue(list.count(OFFICE_PRE_AUDIT) >= 2);
    }

    @Test
    void theSerialNumberFilterMatchesAPrefix() throws Exception {
        Journey.Case c = cases().get(0);
        String serial = Db.string("SELECT serial_no FROM application WHERE id = ?", c.id());
        WorkList one = list("jt-admin", WorkListFilter.none().withSerialPrefix(serial), WorkListSort.NEWEST_SUBMITTED, 0, 10);
        assertEquals(List.of(c.id()), ids(one));

        String day = serial.substring(0, 11);
        WorkList ofTheDay = list("jt-admin", WorkListFilter.none().withSerialPrefix(day), WorkListSort.NEWEST_SUBMITTED, 0, 100);
        assertEquals(Db.count("SELECT COUNT(*) FROM application a WHERE " + SCOPE_SQL.get("jt-admin")
                + " AND a.serial_no LIKE ?", day + "%"), ofTheDay.page().total());
        assertTrue(ofTheDay.page().rows().stream().allMatch(r -> r.serialNo().startsWith(day)));

        // a wildcard typed into the search is a character, not a pattern
        assertEquals(0, list("jt-admin", WorkListFilter.none().withSerialPrefix("003%"), WorkListSort.NEWEST_SUBMITTED,
                0, 10).page().total());
    }

    @Test
    void theApplicantFilterMatchesANamePrefixOrAnIdNumber() throws Exception {
        Journey.Case c = cases().get(1);
        WorkList byId = list("jt-admin", WorkListFilter.none().withApplicant(c.applicant().idNumber()),
                WorkListSort.NEWEST_SUBMITTED, 0, 10);
        assertEquals(List.of(c.id()), ids(byId));

        WorkList byName = list("jt-admin", WorkListFilter.none().withApplicant(c.applicant().name()),
                WorkListSort.NEWEST_SUBMITTED, 0, 100);
        assertTrue(ids(byName).contains(c.id()));
        assertEquals(Db.count("SELECT COUNT(*) FROM application a WHERE " + SCOPE_SQL.get("jt-admin")
                + " AND a.applicant_name LIKE ?", c.applicant().name() + "%"), byName.page().total());
        assertTrue(byName.page().rows().stream().allMatch(r -> r.applicantName().startsWith(c.applicant().name())));

        WorkList byFamily = list("jt-admin", WorkListFilter.none().withApplicant("测试"), WorkListSort.NEWEST_SUBMITTED, 0, 10);
        assertEquals(Db.count("SELECT COUNT(*) FROM application a WHERE " + SCOPE_SQL.get("jt-admin")
                + " AND a.applicant_name LIKE '测试%'"), byFamily.page().total());
    }

    @Test
    void theSeriesFilterFollowsTheSpecialtyAppliedFor() throws Exception {
        List<Journey.Case> all = cases();
        long archive = ((Number) Db.value("SELECT t.series_id FROM specialty s JOIN title t ON t.id = s.title_id "
                + "WHERE s.id = ?", Forms.ARCHIVIST)).longValue();
        WorkList list = list("jt-admin", WorkListFilter.none().withSeries(archive), WorkListSort.NEWEST_SUBMITTED, 0, 100);
        assertEquals(Db.count("SELECT COUNT(*) FROM application a JOIN specialty s ON s.id = a.specialty_id "
                + "JOIN title t ON t.id = s.title_id WHERE " + SCOPE_SQL.get("jt-admin") + " AND t.series_id = ?", archive),
                list.page().total());
        assertTrue(ids(list).contains(all.get(all.size() - 1).id()), "the archivist case");
        assertFalse(ids(list).contains(all.get(0).id()), "an engineer's case");
    }

    @Test
    void theSubmissionDateRangeIncludesBothEnds() throws Exception {
        Journey.Case c = cases().get(0);
        Object submitted = Db.value("SELECT submitted_at FROM application WHERE id = ?", c.id());
        LocalDate day = (submitted instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) submitted).toLocalDate();
        WorkList thatDay = list("jt-admin", WorkListFilter.none().withSubmitted(day, day), WorkListSort.NEWEST_SUBMITTED, 0, 100);
        assertTrue(ids(thatDay).contains(c.id()));
        assertEquals(Db.count("SELECT COUNT(*) FROM application a WHERE " + SCOPE_SQL.get("jt-admin")
                + " AND a.submitted_at >= ? AND a.submitted_at < ?", day.atStartOfDay(), day.plusDays(1).atStartOfDay()),
                thatDay.page().total());
        WorkList before = list("jt-admin", WorkListFilter.none().withSubmitted(null, day.minusDays(1)),
                WorkListSort.NEWEST_SUBMITTED, 0, 100);
        assertFalse(ids(before).contains(c.id()));
        WorkList after = list("jt-admin", WorkListFilter.none().withSubmitted(day.plusDays(1), null),
                WorkListSort.NEWEST_SUBMITTED, 0, 100);
        assertFalse(ids(after).contains(c.id()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = WorkListSort.Column.class, names = "STAGE", mode = EnumSource.Mode.EXCLUDE)
    void eachColumnSortsBothWaysAsTheDatabaseDoes(WorkListSort.Column column) throws Exception {
        cases();
        String sqlColumn = switch (column) {
            case SERIAL_NO -> "serial_no";
            case APPLICANT_NAME -> "applicant_name";
            case HANDLING_DEPT -> "handling_dept";
            case CREATED_AT -> "created_at";
            case SUBMITTED_AT -> "submitted_at";
            case UPDATED_AT -> "updated_at";
            case STAGE -> throw new IllegalArgumentException();
        };
        for (boolean ascending : new boolean[] {true, false}) {
            String dir = ascending ? " ASC" : " DESC";
            List<Long> expected = Db.rows("SELECT a.id FROM application a WHERE " + SCOPE_SQL.get("jt-admin")
                    + " ORDER BY a." + sqlColumn + dir + ", a.id" + dir).stream()
                    .map(r -> ((Number) r[0]).longValue()).toList();
            assertEquals(expected, all("jt-admin", WorkListFilter.none(), new WorkListSort(column, ascending)),
                    column + dir);
        }
    }

    @Test
    void theStageColumnSortsInTheStageBarsOrder() throws Exception {
        cases();
        List<ApplicationSummary> rows = list("jt-admin", WorkListFilter.none(),
                new WorkListSort(WorkListSort.Column.STAGE, true), 0, 100).page().rows();
        List<ApplicationState> order = new ArrayList<>(List.of(ApplicationState.stageBar()));
        Arrays.stream(ApplicationState.values()).filter(s -> !order.contains(s)).forEach(order::add);
        Comparator<ApplicationSummary> byStage = Comparator.comparing((ApplicationSummary r) -> order.indexOf(r.state()))
                .thenComparing(ApplicationSummary::id);
        assertEquals(rows.stream().sorted(byStage).toList(), rows);
        assertTrue(rows.stream().map(ApplicationSummary::state).distinct().count() >= 3, "several stages to order");
    }

    @Test
    void pagesWalkTheListOnceAndAreCutInTheDatabase() throws Exception {
        cases();
        WorkListSort bySerial = new WorkListSort(WorkListSort.Column.SERIAL_NO, true);
        List<Long> whole = Db.rows("SELECT a.id FROM application a WHERE " + SCOPE_SQL.get("jt-admin")
                + " ORDER BY a.serial_no, a.id").stream().map(r -> ((Number) r[0]).longValue()).toList();
        List<Long> walked = new ArrayList<>();
        for (int first = 0; first < whole.size(); first += 3) {
            WorkList page = list("jt-admin", WorkListFilter.none(), bySerial, first, 3);
            assertTrue(page.page().rows().size() <= 3);
            assertEquals(whole.size(), page.page().total());
            walked.addAll(ids(page));
        }
        assertEquals(whole, walked);

        WorkList beyond = list("jt-admin", WorkListFilter.none(), bySerial, whole.size(), 3);
        assertEquals(List.of(), beyond.page().rows());
        assertEquals(whole.size(), beyond.page().total());
        assertTrue(list("bureau", WorkListFilter.none(), bySerial, 0, 100_000).page().rows().size() <= 100,
                "a page is never larger than 100 rows");
    }

    @Test
    void expertsListTheirMeetingsDossiersUngrantedHandlersAreRefusedAndApplicantsHaveNoWorkListAtAll() throws Exception {
        cases();
        WorkList expert = list("expert-jt", WorkListFilter.none(), WorkListSort.NEWEST_SUBMITTED, 0, 10);
        assertEquals(Db.count("SELECT COUNT(*) FROM application a WHERE a.id IN "
                + "(SELECT application_id FROM expert_reader WHERE expert_username = 'expert-jt')"), expert.page().total());
        assertEquals(1, expert.page().total(), "the demo meeting's applicant");
        assertEquals(1, expert.countsByState().get(ApplicationState.EXPERT_REVIEW));
        WorkList recused = list("expert-jt2", WorkListFilter.none(), WorkListSort.NEWEST_SUBMITTED, 0, 10);
        assertEquals(0, recused.page().total());
        assertTrue(recused.countsByState().values().stream().allMatch(n -> n == 0));
        // a handler without 资格评审 is refused the list outright (and the refusal recorded, see UnitGrantsIT)
        assertThrows(NotGrantedException.class, () -> list(ScopeCases.ungrantedHandler(), WorkListFilter.none(),
                WorkListSort.NEWEST_SUBMITTED, 0, 10));
        assertThrows(EJBAccessException.class, () -> list("zhangsan", WorkListFilter.none(),
                WorkListSort.NEWEST_SUBMITTED, 0, 10));
    }

    /** The cases of this class, built once: the transport company's applications in several stages. */
    private static synchronized List<Journey.Case> cases() throws Exception {
        if (cases == null) {
            List<Journey.Case> all = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                all.add(Journey.at(UNIT_REVIEW));
            }
            all.add(Journey.at(UNIT_PRE_PUBLICITY, Forms.ENGINEER_BRIDGES));
            all.add(Journey.at(UNIT_PRE_PUBLICITY, Forms.ENGINEER_BRIDGES));
            all.add(Journey.at(OFFICE_PRE_AUDIT));
            all.add(Journey.at(OFFICE_PRE_AUDIT, Forms.ENGINEER_BRIDGES));
            all.add(Journey.at(RETURNED));
            all.add(Journey.draft(Forms.ENGINEER_TRAFFIC));
            all.add(Journey.at(UNIT_REVIEW, Forms.ARCHIVIST));
            cases = all;
        }
        return cases;
    }

    private WorkList list(String user, WorkListFilter filter, WorkListSort sort, int first, int size) throws Exception {
        return Users.as(user, () -> workLists.list(filter, sort, first, size));
    }

    private List<Long> all(String user, WorkListFilter filter, WorkListSort sort) throws Exception {
        List<Long> ids = new ArrayList<>();
        WorkList page;
        do {
            page = list(user, filter, sort, ids.size(), 100);
            ids.addAll(ids(page));
        } while (!page.page().rows().isEmpty() && ids.size() < page.page().total());
        return ids;
    }

    private static List<Long> ids(WorkList list) {
        return list.page().rows().stream().map(ApplicationSummary::id).toList();
    }

    private static String ids(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
