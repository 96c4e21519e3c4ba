package cn.zhicheng.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.zhicheng.application.ApplicantService;
import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Users;

/** The EAR deploys, migrates, loads the demo data, and its services see the callers the tests act as. */
@ExtendWith(ArquillianExtension.class)
class DeploymentIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DeploymentIT.class);
    }

    @EJB
    ApplicantService applications;

    @Test
    void schemaAndReferenceDataAreThere() {
        assertTrue(Db.count("SELECT COUNT(*) FROM specialty") >= 20);
        assertEquals(74, Db.count("SELECT COUNT(*) FROM calendar_day"));
        assertTrue(Db.count("SELECT COUNT(*) FROM user_account") >= 15);
    }

    @Test
    void theDemoApplicationsAreInDifferentStatesWithTheirHistory() {
        assertEquals("DRAFT", Db.string("SELECT a.state FROM application a JOIN user_account u ON u.person_id = a.applicant_id WHERE u.username = 'sunqi'"));
        assertEquals("UNIT_REVIEW", Db.string("SELECT a.state FROM application a JOIN user_account u ON u.person_id = a.applicant_id WHERE u.username = 'zhangsan'"));
        assertEquals("OFFICE_PRE_AUDIT", Db.string("SELECT a.state FROM application a JOIN user_account u ON u.person_id = a.applicant_id WHERE u.username = 'lisi'"));
        assertEquals("AWAITING_PAYMENT", Db.string("SELECT a.state FROM application a JOIN user_account u ON u.person_id = a.applicant_id WHERE u.username = 'wangwu'"));
        assertEquals(4, Db.count("SELECT COUNT(*) FROM application_history h JOIN application a ON a.id = h.application_id "
                + "JOIN user_account u ON u.person_id = a.applicant_id WHERE u.username = 'wangwu'"));
    }

    @Test
    void anIndividualStartsADraftWithASerialNumber() throws Exception {
        ApplicationSummary draft = Users.as("sunqi", () -> applications.startDraft());
        assertEquals(ApplicationState.DRAFT, draft.state());
        assertEquals(19, draft.serialNo().length());
        assertTrue(draft.serialNo().startsWith("00320210110"));
        assertEquals("DRAFT", Db.string("SELECT state FROM application WHERE id = ?", draft.id()));
    }

    @Test
    void aUnitAccountCannotStartADraft() {
        assertThrows(EJBAccessException.class, () -> Users.as("jt-admin", () -> applications.startDraft()));
    }
}
