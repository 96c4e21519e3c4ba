package cn.zhicheng.it.scope;

import static cn.zhicheng.domain.model.application.Action.*;
import static cn.zhicheng.domain.model.application.ApplicationState.*;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import javax.naming.InitialContext;

import cn.zhicheng.application.ApplicantService;
import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.DeadlineService;
import cn.zhicheng.application.Page;
import cn.zhicheng.application.WorkListFilter;
import cn.zhicheng.application.WorkListService;
import cn.zhicheng.application.WorkListSort;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.party.NotGrantedException;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.Forms;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;

/**
 * The applications and accounts the scope tests look at: every demo application and account (README,
 * {@code demo-accounts.txt}), plus applications driven through the real services into the cases the scope rule
 * tightened, and two extra staff accounts (the archive office, a handler without the 资格评审 grant).
 */
final class ScopeCases {

    /** The demo accounts of {@code ear/src/main/server/demo-accounts.txt}. */
    static final List<String> DEMO_ACCOUNTS = List.of("zhangsan", "lisi", "wangwu", "zhaoliu", "sunqi", "expert-jt",
            "jt-admin", "jt-handler", "rj-admin", "kj-admin", "office-jt", "office-dz", "office-kj", "bureau", "admin",
            // expert review: 钱八 on the demo meeting, 吴九 on none, an invited expert recused from 钱八, an absent one
            "qianba", "wujiu", "expert-jt2", "expert-jt7", "expert-dz1");

    /** 档案中级评委会, whose deadline the closure cases move (its office 107 has no demo account). */
    static final long ARCHIVE_COMMITTEE = 213L;
    static final long ARCHIVE_OFFICE = 107L;

    private static Map<String, Journey.Case> driven;
    private static Map<String, Long> demo;
    private static String archiveOfficeStaff;
    private static String ungrantedHandler;

    private ScopeCases() {
    }

    /** The driven cases by name, built once per deployment. */
    static synchronized Map<String, Journey.Case> driven() throws Exception {
        if (driven == null) {
            Map<String, Journey.Case> cases = new LinkedHashMap<>();
            cases.put("draft", Journey.draft(Forms.ENGINEER_BRIDGES));
            cases.put("withdrawn", withSteps(Journey.at(UNIT_REVIEW, Forms.ENGINEER_BRIDGES), WITHDRAW));
            cases.put("unitReturn", Journey.at(RETURNED, Forms.ENGINEER_BRIDGES));
            cases.put("terminatedAfterUnitReturn", withSteps(Journey.at(RETURNED, Forms.ENGINEER_BRIDGES), TERMINATE));
            cases.put("prePublicityFail", withUnitSteps(Journey.at(UNIT_PRE_PUBLICITY, Forms.ENGINEER_BRIDGES),
                    PRE_PUBLICITY_FAIL));
            cases.put("officeReturn", withOfficeSteps(Journey.at(OFFICE_PRE_AUDIT, Forms.ENGINEER_BRIDGES),
                    OFFICE_PRE_RETURN));
            Journey.Case terminated = withOfficeSteps(Journey.at(OFFICE_PRE_AUDIT, Forms.ENGINEER_BRIDGES),
                    OFFICE_PRE_RETURN);
            cases.put("terminatedAfterOfficeReturn", withSteps(terminated, TERMINATE));
            cases.put("expertFail", withOfficeSteps(Journey.at(EXPERT_REVIEW, Forms.ENGINEER_BRIDGES), EXPERT_FAIL));
            cases.put("archiveDraftClosed", Journey.draft(Forms.ARCHIVIST));
            cases.put("archiveUnitReviewClosed", Journey.at(UNIT_REVIEW, Forms.ARCHIVIST));
            cases.put("archiveUnitReturnClosed", Journey.at(RETURNED, Forms.ARCHIVIST));
            cases.put("archiveOfficeReturn", withOfficeSteps(Journey.at(OFFICE_PRE_AUDIT, Forms.ARCHIVIST),
                    OFFICE_PRE_RETURN));
            closeArchiveDeadline();
            driven = cases;
        }
        return driven;
    }

    /** The demo applications by their applicant's user name. */
    static synchronized Map<String, Long> demo() {
        if (demo == null) {
            Map<String, Long> ids = new LinkedHashMap<>();
            for (Object[] row : Db.rows("SELECT u.username, a.id FROM application a JOIN user_account u "
                    + "ON u.person_id = a.applicant_id WHERE u.role = 'INDIVIDUAL' ORDER BY a.id")) {
                if (DEMO_ACCOUNTS.contains((String) row[0])) {
                    ids.put((String) row[0], ((Number) row[1]).longValue());
                }
            }
            demo = ids;
        }
        return demo;
    }

    /** An office account of the archive office (107), created once. */
    static synchronized String archiveOfficeStaff() {
        if (archiveOfficeStaff == null) {
            long id = Fixtures.nextId();
            archiveOfficeStaff = "it-office107-" + id;
            Db.update("INSERT INTO user_account (id, username, account_type, role, display_name, office_id, "
                    + "password_hash, created_at) VALUES (?, ?, 'UNIT', 'OFFICE', '档案办公室测试', ?, 'no-login', ?)",
                    id, archiveOfficeStaff, ARCHIVE_OFFICE, LocalDateTime.now());
        }
        return archiveOfficeStaff;
    }

    /** A handler of the transport company granted another business item, not 资格评审 (003). */
    static synchronized String ungrantedHandler() {
        if (ungrantedHandler == null) {
            long id = Fixtures.nextId();
            ungrantedHandler = "it-nogrant-" + id;
            Db.update("INSERT INTO user_account (id, username, account_type, role, display_name, unit_id, "
                    + "password_hash, created_at) VALUES (?, ?, 'UNIT', 'UNIT_HANDLER', '未授权经办人', ?, 'no-login', ?)",
                    id, ungrantedHandler, Fixtures.unitId(Fixtures.JT_ORG_CODE), LocalDateTime.now());
            Db.update("INSERT INTO handler_grant (id, account_id, kind, code, granted_by, granted_at) "
                    + "VALUES (?, ?, 'BUSINESS_ITEM', '001', 'jt-admin', ?)", Fixtures.nextId(), id, LocalDateTime.now());
        }
        return ungrantedHandler;
    }

    /** Every application id the user's list shows (all pages), through the database predicate. */
    static List<Long> listed(String user) throws Exception {
        boolean individual = "INDIVIDUAL".equals(Db.string("SELECT role FROM user_account WHERE username = ?", user));
        ApplicantService applications = Journey.applications();
        WorkListService workLists = workLists();
        IntFunction<Page<ApplicationSummary>> page = first -> {
            try {
                return Users.as(user, () -> individual
                        ? applications.myApplications(ApplicationState.Tab.ALL, first, 100)
                        : workLists.list(WorkListFilter.none(), new WorkListSort(WorkListSort.Column.SERIAL_NO, true),
                                first, 100).page());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        List<Long> ids = new ArrayList<>();
        Page<ApplicationSummary> p;
        try {
            do {
                p = page.apply(ids.size());
                p.rows().forEach(r -> ids.add(r.id()));
            } while (!p.rows().isEmpty() && ids.size() < p.total());
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof NotGrantedException) {
                // a handler without 资格评审 is refused the list (UnitGrantsIT): it lists nothing
                return List.of();
            }
            throw e;
        }
        return ids;
    }

    /** Whether the user may open the application, through the in-memory check of the workflow service. */
    static boolean opens(String user, long applicationId) throws Exception {
        try {
            Users.as(user, () -> Journey.workflow().find(applicationId));
            return true;
        } catch (ApplicationNotFoundException | NotGrantedException notVisible) {
            return false;
        }
    }

    static WorkListService workLists() throws Exception {
        return InitialContext.doLookup(
                "java:global/zhicheng/zhicheng-ejb/DefaultWorkListService!cn.zhicheng.application.WorkListService");
    }

    static DeadlineService deadlines() throws Exception {
        return InitialContext.doLookup(
                "java:global/zhicheng/zhicheng-ejb/DefaultDeadlineService!cn.zhicheng.application.DeadlineService");
    }

    private static Journey.Case withSteps(Journey.Case c, Action... steps)
            throws Exception {
        for (var step : steps) {
            Journey.act(c, null, step);
        }
        return c;
    }

    private static Journey.Case withUnitSteps(Journey.Case c, Action step)
            throws Exception {
        Journey.act(c, "jt-admin", step);
        return c;
    }

    private static Journey.Case withOfficeSteps(Journey.Case c, Action step)
            throws Exception {
        String office = Db.count("SELECT COUNT(*) FROM application a JOIN committee c ON c.id = a.committee_id "
                + "WHERE a.id = ? AND c.office_id = ?", c.id(), ARCHIVE_OFFICE) == 1 ? archiveOfficeStaff() : "office-jt";
        Journey.act(c, office, step);
        return c;
    }

    /**
     * Moves the archive committee's deadline into the past and runs the closure, then puts the deadline back
     * exactly as it was (no row, or the row's old value), so that other tests find the calendar they expect.
     */
    private static void closeArchiveDeadline() throws Exception {
        long year = ((Number) Db.value("SELECT id FROM review_year WHERE review_year = 2020")).longValue();
        Object before = Db.value("SELECT office_deadline FROM committee_deadline WHERE committee_id = ? "
                + "AND review_year_id = ?", ARCHIVE_COMMITTEE, year);
        DeadlineService deadlines = deadlines();
        try {
            Users.as("admin", () -> {
                deadlines.moveDeadline(ARCHIVE_COMMITTEE, 2020, LocalDateTime.of(2021, 1, 1, 0, 0));
                return null;
            });
            // closing is the platform's own action (role SYSTEM), not the admin's
            Journey.platform().closeOverdue(ARCHIVE_COMMITTEE, 2020);
        } finally {
            if (before == null) {
                Db.update("DELETE FROM committee_deadline WHERE committee_id = ? AND review_year_id = ?",
                        ARCHIVE_COMMITTEE, year);
            } else {
                Db.update("UPDATE committee_deadline SET office_deadline = ? WHERE committee_id = ? "
                        + "AND review_year_id = ?", before, ARCHIVE_COMMITTEE, year);
            }
        }
    }
}
