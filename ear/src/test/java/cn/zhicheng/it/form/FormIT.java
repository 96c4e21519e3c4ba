package cn.zhicheng.it.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.zhicheng.application.ApplicantService;
import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.FormService;
import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.application.form.BasicInfoSection;
import cn.zhicheng.application.form.ContinuingEducationRow;
import cn.zhicheng.application.form.DeclaredQualificationSection;
import cn.zhicheng.application.form.FormList;
import cn.zhicheng.application.form.FormSaved;
import cn.zhicheng.application.form.FormValueRejectedException;
import cn.zhicheng.application.form.WorkExperienceRow;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.ConcurrentUpdateException;
import cn.zhicheng.domain.model.application.IllegalTransitionException;
import cn.zhicheng.domain.model.application.form.DeclarationType;
import cn.zhicheng.domain.model.application.form.FormRowNotFoundException;
import cn.zhicheng.domain.model.catalogue.UnknownSpecialtyException;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.Forms;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;

/**
 * The form through {@code FormService}, as the applicant's screens will use it: sections saved twice, rows edited and
 * deleted by id in place, stale screens refused, the form read only within scope, the specialty chosen by id.
 */
@ExtendWith(ArquillianExtension.class)
class FormIT {

    /**
     * 经济 · 高级经济师 · 金融 → committee 210: a committee no other test counts drafts of (the deadline tests close
     * committee 213's), since this test leaves its draft open.
     */
    private static final long FINANCE = 516L;
    private static final long FINANCE_COMMITTEE = 210L;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(FormIT.class);
    }

    @EJB
    FormService forms;

    @EJB
    ApplicantService applicants;

    @Test
    void savingASectionTwiceUpdatesItsValuesAndKeepsEveryRowId() throws Exception {
        Journey.Case c = Journey.draft(Forms.ENGINEER_TRAFFIC);
        long formId = formId(c.id());
        List<Long> rowsBefore = allRowIds(formId);
        assertTrue(rowsBefore.size() >= 4, "the sample form has rows in several lists: " + rowsBefore);

        long v1 = Journey.version(c.id());
        FormSaved first = Users.as(c.applicant().username(), () -> {
            BasicInfoSection basic = forms.form(c.id()).getBasicInfo();
            basic.setPhone("13911111111");
            return forms.saveSection(c.id(), v1, basic);
        });
        FormSaved second = Users.as(c.applicant().username(), () -> {
            BasicInfoSection basic = forms.form(c.id()).getBasicInfo();
            basic.setPhone("13922222222");
            basic.setEmail("it@example.cn");
            basic.setInsuredUnitName("自填的参保单位");
            return forms.saveSection(c.id(), first.version(), basic);
        });

        assertEquals(v1 + 1, first.version());
        assertEquals(v1 + 2, second.version());
        assertEquals(second.version(), Journey.version(c.id()));
        assertEquals("13922222222", Db.string("SELECT phone FROM application_form WHERE id = ?", formId));
        assertEquals("it@example.cn", Db.string("SELECT email FROM application_form WHERE id = ?", formId));
        assertEquals(c.applicant().name(), Db.string("SELECT applicant_name FROM application_form WHERE id = ?", formId));
        // 现参保单位 is the registry's (which does not know this fixture person), never what the screen sent
        assertNull(Db.string("SELECT insured_unit_name FROM application_form WHERE id = ?", formId));
        assertEquals(rowsBefore, allRowIds(formId));
    }

    @Test
    void editingOneRowChangesItInPlace() throws Exception {
        Journey.Case c = Journey.draft(Forms.ENGINEER_TRAFFIC);
        long formId = formId(c.id());
        String user = c.applicant().username();
        WorkExperienceRow later = new WorkExperienceRow();
        later.setStartDate(LocalDate.of(2015, 1, 1));
        later.setWorkplace("深圳市示例交通建设有限公司");
        later.setPost("助理工程师");
        later.setMainContent("路网规划");
        later.setWitness("李工");
        FormSaved added = Users.as(user, () -> forms.addRow(c.id(), Journey.version(c.id()), later));
        assertNotNull(added.rowId());
        List<Long> ids = ids("form_work_experience", formId);
        assertEquals(2, ids.size());
        assertEquals(added.rowId(), ids.get(1));

        FormSaved edited = Users.as(user, () -> {
            WorkExperienceRow first = forms.form(c.id()).getWorkExperiences().get(0);
            first.setPost("工程师");
            return forms.updateRow(c.id(), added.version(), first);
        });

        assertEquals(added.version() + 1, edited.version());
        assertEquals(ids, ids("form_work_experience", formId));
        assertEquals("工程师", Db.string("SELECT post FROM form_work_experience WHERE id = ?", ids.get(0)));
        assertEquals("助理工程师", Db.string("SELECT post FROM form_work_experience WHERE id = ?", ids.get(1)));
        assertEquals(ids.get(0), Users.as(user, () -> forms.form(c.id()).getWorkExperiences().get(0).getId()));
    }

    @Test
    void aValueTooLongForItsColumnIsRefusedInChineseBeforeAnythingIsWritten() throws Exception {
        Journey.Case c = Journey.draft(Forms.ENGINEER_TRAFFIC);
        String user = c.applicant().username();
        long version = Journey.version(c.id());
        WorkExperienceRow first = Users.as(user, () -> forms.form(c.id()).getWorkExperiences().get(0));
        String witness = first.getWitness();
        first.setWitness("证".repeat(51));
        first.setPost("高级技术员");

        FormValueRejectedException refused = assertThrows(FormValueRejectedException.class,
                () -> Users.as(user, () -> forms.updateRow(c.id(), version, first)));

        assertEquals(List.of("证明人不能超过50个字。"), refused.messages());
        assertEquals(witness, Db.string("SELECT witness FROM form_work_experience WHERE id = ?", first.getId()));
        assertEquals("技术员", Db.string("SELECT post FROM form_work_experience WHERE id = ?", first.getId()));
        assertEquals(version, Journey.version(c.id()));
    }

    @Test
    void deletingOneRowKeepsTheOthersWithTheirIdsAndOrder() throws Exception {
        Journey.Case c = Journey.draft(Forms.ENGINEER_TRAFFIC);
        long formId = formId(c.id());
        String user = c.applicant().username();
        long version = Journey.version(c.id());
        for (String course : List.of("专业科目：交通工程", "专业科目：公路养护")) {
            ContinuingEducationRow row = new ContinuingEducationRow();
            row.setStartDate(LocalDate.of(2020, 6, 1));
            row.setEndDate(LocalDate.of(2020, 6, 3));
            row.setCourseName(course);
            row.setOrganiser("深圳市继续教育中心");
            row.setHours(16);
            long v = version;
            version = Users.as(user, () -> forms.addRow(c.id(), v, row)).version();
        }
        List<Long> three = ids("form_continuing_education", formId);
        assertEquals(3, three.size());

        long v = version;
        FormSaved deleted = Users.as(user, () -> forms.deleteRow(c.id(), v, FormList.CONTINUING_EDUCATION, three.get(1)));

        assertEquals(v + 1, deleted.version());
        assertEquals(List.of(three.get(0), three.get(2)), ids("form_continuing_education", formId));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM form_continuing_education WHERE id = ?", three.get(1)));
        assertEquals("专业科目：公路养护", Db.string("SELECT course_name FROM form_continuing_education WHERE id = ?", three.get(2)));
        // the same row cannot be deleted twice: the screen is told to refresh
        assertThrows(FormRowNotFoundException.class, () -> Users.as(user,
                () -> forms.deleteRow(c.id(), deleted.version(), FormList.CONTINUING_EDUCATION, three.get(1))));
        assertEquals(deleted.version(), Journey.version(c.id()));
    }

    @Test
    void aWriteOnAStaleVersionIsRefusedAndWritesNothing() throws Exception {
        Journey.Case c = Journey.draft(Forms.ENGINEER_TRAFFIC);
        long formId = formId(c.id());
        String user = c.applicant().username();
        long seen = Journey.version(c.id());
        BasicInfoSection mine = Users.as(user, () -> forms.form(c.id()).getBasicInfo());
        mine.setPhone("13933333333");
        long current = Users.as(user, () -> forms.saveSection(c.id(), seen, mine)).version();
        List<Long> rows = allRowIds(formId);

        BasicInfoSection stale = Users.as(user, () -> forms.form(c.id()).getBasicInfo());
        stale.setPhone("13944444444");
        assertThrows(ConcurrentUpdateException.class, () -> Users.as(user, () -> forms.saveSection(c.id(), seen, stale)));
        WorkExperienceRow row = new WorkExperienceRow();
        row.setPost("不应写入");
        assertThrows(ConcurrentUpdateException.class, () -> Users.as(user, () -> forms.addRow(c.id(), seen, row)));
        assertThrows(ConcurrentUpdateException.class, () -> Users.as(user,
                () -> forms.deleteRow(c.id(), seen, FormList.EDUCATION, rows.get(0))));

        assertEquals("13933333333", Db.string("SELECT phone FROM application_form WHERE id = ?", formId));
        assertEquals(rows, allRowIds(formId));
        assertEquals(current, Journey.version(c.id()));
    }

    @Test
    void aFormOutOfTheReadersScopeIsAnsweredLikeAMissingOne() throws Exception {
        Journey.Case draft = Journey.draft(Forms.ENGINEER_TRAFFIC);
        Fixtures.Applicant stranger = Fixtures.applicantOf(Fixtures.JT_ORG_CODE);
        long missing = Fixtures.nextId();

        ApplicationNotFoundException noSuchId = assertThrows(ApplicationNotFoundException.class,
                () -> Users.as(stranger.username(), () -> forms.form(missing)));
        for (String reader : List.of(stranger.username(), "jt-admin", "office-jt")) {
            ApplicationNotFoundException refused = assertThrows(ApplicationNotFoundException.class,
                    () -> Users.as(reader, () -> forms.form(draft.id())), reader);
            assertEquals(noSuchId.getMessage(), refused.getMessage(), reader);
        }
        // another individual cannot write it either, with the same answer
        assertThrows(ApplicationNotFoundException.class, () -> Users.as(stranger.username(),
                () -> forms.saveSection(draft.id(), Journey.version(draft.id()), new BasicInfoSection())));

        Journey.act(draft, null, Action.SUBMIT);
        // submitted: the unit it was sent to reads it; another unit still gets "not found"
        assertEquals(draft.applicant().name(), Users.as("jt-admin", () -> forms.form(draft.id()).getBasicInfo().getName()));
        ApplicationNotFoundException otherUnit = assertThrows(ApplicationNotFoundException.class,
                () -> Users.as("rj-admin", () -> forms.form(draft.id())));
        assertEquals(noSuchId.getMessage(), otherUnit.getMessage());
        // a unit may read but never write the applicant's form
        assertThrows(EJBAccessException.class, () -> Users.as("jt-admin",
                () -> forms.saveSection(draft.id(), Journey.version(draft.id()), new BasicInfoSection())));
    }

    @Test
    void theSpecialtyChosenByIdRoutesTheApplicationToItsCommittee() throws Exception {
        Fixtures.Applicant who = Fixtures.applicantOf(Fixtures.JT_ORG_CODE);
        ApplicationSummary draft = Users.as(who.username(), () -> applicants.startDraft());
        DeclaredQualificationSection declared = new DeclaredQualificationSection();
        declared.setDeclarationType(DeclarationType.REGULAR);
        declared.setSpecialtyId(FINANCE);
        declared.setOtherDeclarations(false);

        FormSaved saved = Users.as(who.username(), () -> forms.saveSection(draft.id(), draft.version(), declared));

        assertEquals(FINANCE, ((Number) Db.value("SELECT specialty_id FROM application WHERE id = ?", draft.id())).longValue());
        assertEquals(FINANCE_COMMITTEE, ((Number) Db.value("SELECT committee_id FROM application WHERE id = ?",
                draft.id())).longValue());
        assertEquals("高级经济师(经济)", Db.string("SELECT summary FROM application WHERE id = ?", draft.id()));
        assertEquals(FINANCE, ((Number) Db.value("SELECT specialty_id FROM application_form WHERE id = ?",
                formId(draft.id()))).longValue());
        ApplicationFormView read = Users.as(who.username(), () -> forms.form(draft.id()));
        assertEquals(Db.string("SELECT name FROM committee WHERE id = ?", FINANCE_COMMITTEE),
                read.getDeclaredQualification().getCommitteeName());
        assertEquals(Db.string("SELECT o.name FROM office o JOIN committee c ON c.office_id = o.id WHERE c.id = ?",
                FINANCE_COMMITTEE), read.getDeclaredQualification().getOfficeName());
        assertEquals(saved.version(), read.getVersion());

        declared.setSpecialtyId(9_999L);
        assertThrows(UnknownSpecialtyException.class,
                () -> Users.as(who.username(), () -> forms.saveSection(draft.id(), saved.version(), declared)));
        assertEquals(FINANCE_COMMITTEE, ((Number) Db.value("SELECT committee_id FROM application WHERE id = ?",
                draft.id())).longValue());
        assertEquals(saved.version(), Journey.version(draft.id()));
    }

    @Test
    void aFormIsWrittenOnlyInDraftOrReturnedAndAReturnedOneKeepsItsSpecialty() throws Exception {
        Journey.Case submitted = Journey.at(ApplicationState.UNIT_REVIEW);
        String user = submitted.applicant().username();
        BasicInfoSection basic = Users.as(user, () -> forms.form(submitted.id()).getBasicInfo());
        String phone = basic.getPhone();
        basic.setPhone("13955555555");
        assertThrows(IllegalTransitionException.class,
                () -> Users.as(user, () -> forms.saveSection(submitted.id(), Journey.version(submitted.id()), basic)));
        assertEquals(phone, Db.string("SELECT phone FROM application_form WHERE id = ?", formId(submitted.id())));

        Journey.Case returned = Journey.at(ApplicationState.RETURNED);
        String owner = returned.applicant().username();
        DeclaredQualificationSection declared = Users.as(owner, () -> forms.form(returned.id()).getDeclaredQualification());
        declared.setSpecialtyId(Forms.ENGINEER_BRIDGES);
        assertThrows(IllegalTransitionException.class,
                () -> Users.as(owner, () -> forms.saveSection(returned.id(), Journey.version(returned.id()), declared)));
        declared.setSpecialtyId(Forms.ENGINEER_TRAFFIC);
        declared.setOtherDeclarations(true);
        declared.setOtherDeclarationNames("经济师(经济)");
        Users.as(owner, () -> forms.saveSection(returned.id(), Journey.version(returned.id()), declared));
        assertEquals("经济师(经济)", Db.string("SELECT other_declaration_names FROM application_form WHERE id = ?",
                formId(returned.id())));
    }

    private static long formId(long applicationId) {
        return ((Number) Db.value("SELECT form_id FROM application WHERE id = ?", applicationId)).longValue();
    }

    private static List<Long> ids(String table, long formId) {
        return Db.rows("SELECT id FROM " + table + " WHERE form_id = ? ORDER BY position", formId).stream()
                .map(r -> ((Number) r[0]).longValue()).toList();
    }

    /** The ids of every row of every list of the form, list by list in order. */
    private static List<Long> allRowIds(long formId) {
        return List.of("form_education", "form_work_experience", "form_organisation_post", "form_further_study",
                        "form_continuing_education", "form_project", "form_award", "form_publication", "form_patent")
                .stream().flatMap(t -> ids(t, formId).stream()).toList();
    }
}
