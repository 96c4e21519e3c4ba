package cn.zhicheng.it.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.zhicheng.application.HistoryView;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;

/** 进度 as the applicant reads it names departments and roles; staff still read who acted by login name. */
@ExtendWith(ArquillianExtension.class)
class ApplicantHistoryIT {

    private static Journey.Case approved;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ApplicantHistoryIT.class);
    }

    @EJB
    WorkflowService workflow;

    @Test
    void theApplicantReadsTheDepartmentAndRoleOfEveryStepAndNoStaffLoginName() throws Exception {
        Journey.Case c = approved();
        List<Object[]> rows = Db.rows("SELECT actor_username, actor_role FROM application_history "
                + "WHERE application_id = ? ORDER BY occurred_at, id", c.id());
        Set<String> staffNames = rows.stream().filter(r -> !"INDIVIDUAL".equals(r[1])).map(r -> (String) r[0])
                .collect(Collectors.toSet());
        assertEquals(Set.of("jt-admin", "jt-handler", "office-jt", "system", "bureau"), staffNames,
                "every kind of staff acted on the way to 办结");

        List<HistoryView> shown = Users.as(c.applicant().username(), () -> workflow.history(c.id()));

        assertEquals(rows.size(), shown.size());
        String unit = Db.string("SELECT u.name FROM application a JOIN unit u ON u.id = a.unit_id WHERE a.id = ?", c.id());
        String office = Db.string("SELECT o.name FROM application a JOIN committee m ON m.id = a.committee_id "
                + "JOIN office o ON o.id = m.office_id WHERE a.id = ?", c.id());
        for (int i = 0; i < rows.size(); i++) {
            HistoryView line = shown.get(i);
            String expected = switch ((String) rows.get(i)[1]) {
                case "INDIVIDUAL" -> c.applicant().name() + "（个人用户）";
                case "UNIT_ADMIN" -> unit + "（单位管理员）";
                case "UNIT_HANDLER" -> unit + "（单位经办人）";
                case "OFFICE" -> office + "（日常工作部门）";
                case "BUREAU" -> "深圳市人力资源和社会保障局（业务权属部门）";
                case "SYSTEM" -> "平台系统";
                default -> throw new IllegalStateException("unexpected role " + rows.get(i)[1]);
            };
            assertEquals(expected, line.actorShownAs(), "line " + i);
            assertNull(line.actorUsername(), "line " + i + " hands out a login name");
            for (String name : staffNames) {
                String text = String.valueOf(line);
                assertFalse(text.contains("=" + name + ",") || text.contains("=" + name + "]"), "line " + i + " names " + name);
            }
        }
    }

    @Test
    void staffKeepReadingLoginNames() throws Exception {
        Journey.Case c = approved();
        List<String> names = Db.rows("SELECT actor_username FROM application_history WHERE application_id = ? "
                + "ORDER BY occurred_at, id", c.id()).stream().map(r -> (String) r[0]).toList();
        for (String staff : List.of("jt-admin", "office-jt", "bureau", "admin")) {
            List<HistoryView> shown = Users.as(staff, () -> workflow.history(c.id()));
            assertEquals(names, shown.stream().map(HistoryView::actorUsername).toList(), staff);
            assertEquals(names, shown.stream().map(HistoryView::actorShownAs).toList(), staff);
        }
        assertTrue(names.contains(c.applicant().username()));
    }

    private static synchronized Journey.Case approved() throws Exception {
        if (approved == null) {
            approved = Journey.at(ApplicationState.APPROVED);
        }
        return approved;
    }
}
