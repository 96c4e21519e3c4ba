package cn.zhicheng.it.scope;

import static cn.zhicheng.domain.model.application.ApplicationState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Journey;

/**
 * The scope rule read two ways agrees: for every demo account (and the extra staff and applicants of the
 * driven cases), the applications its list shows (the database predicate) are exactly those it may open (the
 * in-memory check), over every demo application and every tightened case.
 */
@ExtendWith(ArquillianExtension.class)
class ScopeAgreementIT {

    /** Accounts that exist only inside the server, named by a token. */
    private static final String ARCHIVE_OFFICE = "@archive-office";
    private static final String UNGRANTED_HANDLER = "@ungranted-handler";
    private static final String CASE_APPLICANTS = "@case-applicants";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ScopeAgreementIT.class, ScopeCases.class);
    }

    static Stream<String> accounts() {
        return Stream.concat(ScopeCases.DEMO_ACCOUNTS.stream(), Stream.of(ARCHIVE_OFFICE, UNGRANTED_HANDLER, CASE_APPLICANTS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accounts")
    void theQueryAndTheInMemoryCheckAgree(String account) throws Exception {
        Map<Long, String> cases = cases();
        for (String user : users(account)) {
            Set<Long> listed = new HashSet<>(ScopeCases.listed(user));
            for (Map.Entry<Long, String> c : cases.entrySet()) {
                assertEquals(ScopeCases.opens(user, c.getKey()), listed.contains(c.getKey()),
                        user + " on " + c.getValue() + ": the list and 查看 disagree");
            }
            // and nothing outside the cases is listed that the user could not open
            for (Long id : listed) {
                if (!cases.containsKey(id)) {
                    assertTrue(ScopeCases.opens(user, id), user + " lists " + id + " but may not open it");
                }
            }
        }
    }

    @Test
    void theOfficeSeesOnlyWhatReachedIt() throws Exception {
        Map<String, Journey.Case> driven = ScopeCases.driven();
        Set<Long> office = new HashSet<>(ScopeCases.listed("office-jt"));
        for (String never : List.of("draft", "withdrawn", "unitReturn", "terminatedAfterUnitReturn", "prePublicityFail")) {
            assertFalse(office.contains(driven.get(never).id()), never);
            assertNull(Db.value("SELECT reached_office_at FROM application WHERE id = ?", driven.get(never).id()), never);
        }
        assertEquals(REJECTED, Journey.state(driven.get("prePublicityFail").id()));
        assertEquals(TERMINATED, Journey.state(driven.get("terminatedAfterUnitReturn").id()));
        for (String reached : List.of("officeReturn", "terminatedAfterOfficeReturn", "expertFail")) {
            assertTrue(office.contains(driven.get(reached).id()), reached);
            assertNotNull(Db.value("SELECT reached_office_at FROM application WHERE id = ?", driven.get(reached).id()));
        }

        Set<Long> archive = new HashSet<>(ScopeCases.listed(ScopeCases.archiveOfficeStaff()));
        for (String closed : List.of("archiveDraftClosed", "archiveUnitReviewClosed", "archiveUnitReturnClosed")) {
            assertEquals(CLOSED_BY_DEADLINE, Journey.state(driven.get(closed).id()), closed);
            assertFalse(archive.contains(driven.get(closed).id()), closed);
        }
        assertEquals(RETURNED, Journey.state(driven.get("archiveOfficeReturn").id()), "an office return stays open");
        assertTrue(archive.contains(driven.get("archiveOfficeReturn").id()));
        assertFalse(office.contains(driven.get("archiveOfficeReturn").id()), "another office's");
    }

    @Test
    void theUnitAndThePlatformSeeNoDraftsExpertsOnlyTheirMeetingsDossiersAndUngrantedHandlersNothing() throws Exception {
        Map<String, Journey.Case> driven = ScopeCases.driven();
        long demoDraft = ScopeCases.demo().get("sunqi");
        assertEquals(DRAFT, Journey.state(demoDraft));

        Set<Long> admin = new HashSet<>(ScopeCases.listed("admin"));
        assertFalse(admin.contains(demoDraft));
        assertFalse(admin.contains(driven.get("draft").id()));
        assertFalse(admin.contains(driven.get("withdrawn").id()));
        assertTrue(admin.contains(driven.get("archiveDraftClosed").id()), "closed, no longer a draft");
        assertEquals(0, Db.count("SELECT COUNT(*) FROM application WHERE state = 'DRAFT' AND id IN ("
                + String.join(",", admin.stream().map(String::valueOf).toList()) + ")"));

        Set<Long> unit = new HashSet<>(ScopeCases.listed("jt-admin"));
        assertFalse(unit.contains(driven.get("draft").id()));
        assertFalse(unit.contains(driven.get("withdrawn").id()), "withdrawn to 草稿");
        assertFalse(unit.contains(driven.get("archiveDraftClosed").id()), "closed before it was ever submitted");
        assertTrue(unit.contains(driven.get("archiveUnitReviewClosed").id()));
        assertTrue(unit.contains(driven.get("unitReturn").id()));
        assertEquals(new HashSet<>(ScopeCases.listed("jt-admin")), new HashSet<>(ScopeCases.listed("jt-handler")),
                "a handler granted 资格评审 sees what the unit admin sees");

        // experts: the dossiers of their open meetings, minus those they are recused from
        long onMeeting = ScopeCases.demo().get("qianba");
        assertEquals(EXPERT_REVIEW, Journey.state(onMeeting));
        assertEquals(List.of(onMeeting), ScopeCases.listed("expert-jt"));
        assertEquals(List.of(onMeeting), ScopeCases.listed("expert-jt7"), "invited though absent: may read, not vote");
        assertEquals(List.of(), ScopeCases.listed("expert-jt2"), "recused: of the applicant's own unit");
        assertEquals(List.of(), ScopeCases.listed("expert-dz1"), "another committee's expert");
        assertFalse(ScopeCases.opens("expert-jt", ScopeCases.demo().get("wujiu")), "at 专家评审 but on no meeting");
        assertEquals(List.of(), ScopeCases.listed(ScopeCases.ungrantedHandler()));
    }

    /** Every demo application and every driven case, id to a readable name. */
    private static Map<Long, String> cases() throws Exception {
        Map<Long, String> all = new LinkedHashMap<>();
        ScopeCases.demo().forEach((user, id) -> all.put(id, "demo application of " + user));
        ScopeCases.driven().forEach((name, c) -> all.put(c.id(), name));
        return all;
    }

    private static List<String> users(String account) throws Exception {
        return switch (account) {
            case ARCHIVE_OFFICE -> List.of(ScopeCases.archiveOfficeStaff());
            case UNGRANTED_HANDLER -> List.of(ScopeCases.ungrantedHandler());
            case CASE_APPLICANTS -> {
                List<String> applicants = new ArrayList<>();
                ScopeCases.driven().values().forEach(c -> applicants.add(c.applicant().username()));
                yield applicants;
            }
            default -> List.of(account);
        };
    }
}
