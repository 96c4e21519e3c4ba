package cn.zhicheng.it.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.zhicheng.application.ApplicantService;
import cn.zhicheng.application.RegistryLookupException;
import cn.zhicheng.application.form.EducationRow;
import cn.zhicheng.application.form.ExamResultSection;
import cn.zhicheng.application.form.InsuredUnit;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.application.form.Degree;
import cn.zhicheng.domain.model.application.form.EducationLevel;
import cn.zhicheng.domain.model.application.form.EducationRegion;
import cn.zhicheng.domain.model.application.form.StudyMode;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.Forms;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;

/**
 * 获取 on the form: the seeded registries (registry/*.csv) answer the applicant's screens; an exam result only for its
 * own candidate and the declared specialty's exam.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryLookupIT {

    /** 王五's ticket: 高级会计实务, the exam of his demo application's specialty 会计 (高级会计师, 考评结合). */
    private static final String WANGWU_TICKET = "0014545478889";
    /** 李四's ticket: 建筑工程专业实践能力. */
    private static final String LISI_TICKET = "0014545478888";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(RegistryLookupIT.class);
    }

    @EJB
    ApplicantService applicants;

    @Test
    void anEducationCertificateFillsARowAndAnUnknownOneIsRefused() throws Exception {
        Fixtures.Applicant who = Fixtures.applicantOf(Fixtures.JT_ORG_CODE);
        EducationRow row = Users.as(who.username(), () -> applicants.educationByCertificate("105901201206001456"));
        assertNull(row.getId());
        assertEquals("深圳大学", row.getSchool());
        assertEquals(LocalDate.of(2008, 9, 1), row.getEnrolmentDate());
        assertEquals(LocalDate.of(2012, 6, 30), row.getGraduationDate());
        assertEquals("计算机科学与技术", row.getMajorName());
        assertEquals(EducationLevel.BACHELOR, row.getLevel());
        assertEquals(StudyMode.FULL_TIME, row.getStudyMode());
        assertEquals(EducationRegion.MAINLAND, row.getRegion());
        assertEquals(Degree.BACHELOR, row.getDegree());

        RegistryLookupException refused = assertThrows(RegistryLookupException.class,
                () -> Users.as(who.username(), () -> applicants.educationByCertificate("000000000000000000")));
        assertTrue(refused.getMessage().contains("学历证书编号"), refused.getMessage());
    }

    @Test
    void theCandidateGetsTheExamOfTheDeclaredSpecialty() throws Exception {
        long application = demoApplicationOf("wangwu");
        ExamResultSection exam = Users.as("wangwu", () -> applicants.examResultByTicket(application, WANGWU_TICKET));
        assertEquals(WANGWU_TICKET, exam.getAdmissionTicketNo());
        assertEquals("高级会计实务", exam.getSubject());
        assertEquals(0, new BigDecimal("72").compareTo(exam.getScore()));
        assertEquals(LocalDateTime.of(2020, 9, 5, 8, 30), exam.getExamStart());
        assertEquals(LocalDateTime.of(2020, 9, 5, 12, 0), exam.getExamEnd());
        assertNull(exam.getVenue());
    }

    @Test
    void someoneElsesExamTicketIsRefused() throws Exception {
        Journey.Case mine = Journey.draft(Forms.ENGINEER_TRAFFIC);
        RegistryLookupException refused = assertThrows(RegistryLookupException.class, () -> Users.as(
                mine.applicant().username(), () -> applicants.examResultByTicket(mine.id(), WANGWU_TICKET)));
        assertTrue(refused.getMessage().contains("本人"), refused.getMessage());
        // nor through someone else's application
        assertThrows(ApplicationNotFoundException.class, () -> Users.as(mine.applicant().username(),
                () -> applicants.examResultByTicket(demoApplicationOf("wangwu"), WANGWU_TICKET)));
    }

    @Test
    void anExamThatIsNotTheDeclaredSpecialtysIsRefused() throws Exception {
        // 李四 declared 计算机软件, which has no exam
        RegistryLookupException noExam = assertThrows(RegistryLookupException.class,
                () -> Users.as("lisi", () -> applicants.examResultByTicket(demoApplicationOf("lisi"), LISI_TICKET)));
        assertTrue(noExam.getMessage().contains("无需"), noExam.getMessage());

        // 王五's application moved for a moment to 金融 (考评结合): his 高级会计实务 result is not its exam
        long application = demoApplicationOf("wangwu");
        Db.update("UPDATE application SET specialty_id = 516 WHERE id = ?", application);
        try {
            RegistryLookupException mismatch = assertThrows(RegistryLookupException.class,
                    () -> Users.as("wangwu", () -> applicants.examResultByTicket(application, WANGWU_TICKET)));
            assertTrue(mismatch.getMessage().contains("不符"), mismatch.getMessage());
        } finally {
            Db.update("UPDATE application SET specialty_id = 512 WHERE id = ?", application);
        }
    }

    @Test
    void theCallersInsuredUnitComesFromTheRegistry() throws Exception {
        InsuredUnit unit = Users.as("zhangsan", () -> applicants.myInsuredUnit());
        assertEquals(new InsuredUnit(Fixtures.JT_NAME, Fixtures.JT_ORG_CODE), unit);

        Fixtures.Applicant uninsured = Fixtures.applicantOf(Fixtures.JT_ORG_CODE);
        assertThrows(RegistryLookupException.class, () -> Users.as(uninsured.username(), () -> applicants.myInsuredUnit()));
    }

    @Test
    void onlyAnIndividualLooksUp() {
        assertThrows(EJBAccessException.class,
                () -> Users.as("jt-admin", () -> applicants.educationByCertificate("105901201206001456")));
    }

    private static long demoApplicationOf(String username) {
        return ((Number) Db.value("SELECT a.id FROM application a JOIN user_account u ON u.person_id = a.applicant_id "
                + "WHERE u.username = ? ORDER BY a.id", username)).longValue();
    }
}
