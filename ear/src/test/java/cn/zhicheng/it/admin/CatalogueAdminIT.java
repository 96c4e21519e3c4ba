package cn.zhicheng.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.application.CatalogueChoice;
import cn.zhicheng.application.CatalogueService;
import cn.zhicheng.application.DeadlineCutoffService;
import cn.zhicheng.application.FormService;
import cn.zhicheng.application.ScheduledCutoff;
import cn.zhicheng.application.admin.CalendarDayForm;
import cn.zhicheng.application.admin.CatalogueAdminService;
import cn.zhicheng.application.admin.CatalogueRefusedException;
import cn.zhicheng.application.admin.CommitteeForm;
import cn.zhicheng.application.admin.ReviewYearForm;
import cn.zhicheng.application.admin.SpecialtyForm;
import cn.zhicheng.application.admin.TitleForm;
import cn.zhicheng.domain.model.catalogue.ExamMode;
import cn.zhicheng.domain.model.catalogue.TitleLevel;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Fixtures;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;
import jakarta.ejb.EJBAccessException;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.naming.InitialContext;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 基础数据 through the service as the admin: an edit shows at once in the applicant's cascading selects and in what
 * the applicant's form derives from the cached catalogue, also when another node made it (the revision check);
 * validation refusals write nothing; a committee's deadline moves its cut-off's timer and a passed one needs a
 * confirmation; the holiday calendar imports from .xlsx whole or not at all; every change is in the history.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueAdminIT {

    private static final long SERIES_ENGINEERING = 31L;
    private static final long COMMITTEE_TRAFFIC = 201L;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CatalogueAdminIT.class);
    }

    @Test
    void anEditShowsInTheApplicantsSelectsAtOnceAndInTheCachedCatalogueOfEveryNode() throws Exception {
        CatalogueAdminService admin = admin();
        CatalogueService catalogue = lookup("DefaultCatalogueService", CatalogueService.class);
        String stamp = String.valueOf(Fixtures.nextId());
        TitleForm title = new TitleForm();
        title.setSeriesId(SERIES_ENGINEERING);
        title.setLevel(TitleLevel.INTERMEDIATE);
        title.setName("测试工程师" + stamp);
        long titleId = Users.as("admin", () -> admin.saveTitle(title)).getId();
        SpecialtyForm specialty = new SpecialtyForm();
        specialty.setTitleId(titleId);
        specialty.setName("测试专业" + stamp);
        specialty.setExamMode(ExamMode.NONE);
        specialty.setCommitteeId(COMMITTEE_TRAFFIC);
        long specialtyId = Users.as("admin", () -> admin.saveSpecialty(specialty)).getId();

        // the applicant's cascade: 系列 → 级别 → 名称 → 专业, at once
        assertTrue(Users.as("zhaoliu", () -> catalogue.titles(SERIES_ENGINEERING, TitleLevel.INTERMEDIATE)).stream()
                .map(CatalogueChoice::label).anyMatch(("测试工程师" + stamp)::equals));
        assertEquals(List.of("测试专业" + stamp), Users.as("zhaoliu", () -> catalogue.specialties(titleId)).stream()
                .map(CatalogueChoice::label).toList());
        specialty.setName("测试专业（改）" + stamp);
        Users.as("admin", () -> admin.saveSpecialty(specialty));
        assertEquals(List.of("测试专业（改）" + stamp), Users.as("zhaoliu", () -> catalogue.specialties(titleId)).stream()
                .map(CatalogueChoice::label).toList());

        // what a form derives from the cached entities: an edit made through JDBC (as another node's would be)
        Journey.Case draft = Journey.draft(specialtyId);
        FormService forms = Journey.forms();
        assertEquals("测试工程师" + stamp, titleOf(draft, forms));
        Db.update("UPDATE title SET name = ? WHERE id = ?", "测试工程师（他节点）" + stamp, titleId);
        // (whether this node's shared cache still answers the old name here is EclipseLink's to decide: the form's
        // read path no longer serves the title from it; what every node must guarantee is the next line)
        Db.update("UPDATE catalogue_revision SET revision = revision + 1 WHERE id = 1");
        assertEquals("测试工程师（他节点）" + stamp, titleOf(draft, forms), "a new revision evicts the cached catalogue");
        // and an edit through the service on this node shows at once
        title.setId(titleId);
        title.setName("测试工程师（本节点）" + stamp);
        Users.as("admin", () -> admin.saveTitle(title));
        assertEquals("测试工程师（本节点）" + stamp, titleOf(draft, forms));

        assertEquals(4, Db.count("SELECT COUNT(*) FROM catalogue_change WHERE username = 'admin' AND entity_key IN (?, ?)",
                String.valueOf(titleId), String.valueOf(specialtyId)), "each save in the history");
        List<Object[]> modified = Db.rows("SELECT before_text, after_text FROM catalogue_change WHERE entity = '专业' "
                + "AND entity_key = ? AND change_action = '修改'", String.valueOf(specialtyId));
        assertEquals(1, modified.size());
        assertTrue(((String) modified.get(0)[0]).contains("名称：测试专业" + stamp), "before: " + modified.get(0)[0]);
        assertTrue(((String) modified.get(0)[1]).contains("名称：测试专业（改）" + stamp), "after: " + modified.get(0)[1]);
    }

    @Test
    void refusedEditsNameTheirFieldAndWriteNothing() throws Exception {
        CatalogueAdminService admin = admin();
        long specialties = Db.count("SELECT COUNT(*) FROM specialty");
        long changes = Db.count("SELECT COUNT(*) FROM catalogue_change");
        SpecialtyForm noCommittee = new SpecialtyForm();
        noCommittee.setTitleId(412L);
        noCommittee.setName("无评委会的专业");
        assertRefused("committee", "SPECIALTY_COMMITTEE_REQUIRED", () -> admin.saveSpecialty(noCommittee));
        SpecialtyForm tooLong = new SpecialtyForm();
        tooLong.setTitleId(412L);
        tooLong.setCommitteeId(COMMITTEE_TRAFFIC);
        tooLong.setName("长".repeat(101));
        CatalogueRefusedException longName = assertRefused("name", "TEXT_TOO_LONG", () -> admin.saveSpecialty(tooLong));
        assertEquals("专业名称不能超过100个字（现为101个字）。", longName.getMessage());
        assertEquals(specialties, Db.count("SELECT COUNT(*) FROM specialty"));

        ReviewYearForm overlapping = year(2031, LocalDateTime.of(2021, 1, 20, 0, 0), LocalDateTime.of(2021, 3, 1, 0, 0),
                LocalDateTime.of(2021, 3, 10, 0, 0));
        CatalogueRefusedException overlap = assertRefused("applicationStart", "REVIEW_YEAR_WINDOW_OVERLAPS",
                () -> admin.saveReviewYear(overlapping));
        assertTrue(overlap.getMessage().contains("2020年度"), overlap.getMessage());
        ReviewYearForm deadlineFirst = year(2031, LocalDateTime.of(2031, 6, 1, 0, 0), LocalDateTime.of(2031, 7, 1, 0, 0),
                LocalDateTime.of(2031, 5, 1, 0, 0));
        assertRefused("officeDeadline", "DEADLINE_BEFORE_WINDOW", () -> admin.saveReviewYear(deadlineFirst));
        ReviewYearForm endFirst = year(2031, LocalDateTime.of(2031, 6, 1, 0, 0), LocalDateTime.of(2031, 5, 1, 0, 0),
                LocalDateTime.of(2031, 7, 1, 0, 0));
        assertRefused("applicationEnd", "REVIEW_YEAR_WINDOW_INVALID", () -> admin.saveReviewYear(endFirst));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM review_year WHERE review_year = 2031"));

        CalendarDayForm weekdayWorked = new CalendarDayForm();
        weekdayWorked.setDay(LocalDate.of(2031, 1, 8)); // a Wednesday
        weekdayWorked.setKind("WORKDAY");
        weekdayWorked.setName("调休");
        assertRefused("day", "CALENDAR_WORKDAY_NOT_WEEKEND", () -> admin.saveCalendarDay(weekdayWorked));
        assertRefused(null, "CATALOGUE_IN_USE", () -> { admin.delete("committee", COMMITTEE_TRAFFIC); return null; });
        assertEquals(changes, Db.count("SELECT COUNT(*) FROM catalogue_change"), "refusals leave no history");

        assertThrows(EJBAccessException.class, () -> Users.as("bureau", admin::series));
        assertThrows(EJBAccessException.class, () -> Users.as("zhangsan", admin::series));
    }

    @Test
    void movingADeadlineMovesItsCutoffAndAPassedOneNeedsAConfirmation() throws Exception {
        CatalogueAdminService admin = admin();
        DeadlineCutoffService cutoffs = lookupBatch();
        CommitteeForm form = new CommitteeForm();
        form.setName("截止时间测试评委会" + Fixtures.nextId());
        form.setOfficeId(((Number) Db.value("SELECT office_id FROM committee WHERE id = ?", COMMITTEE_TRAFFIC)).longValue());
        form.setMemberCount(25);
        long committee = Users.as("admin", () -> admin.saveCommittee(form)).getId();
        try {
            LocalDateTime february = LocalDateTime.of(2021, 2, 1, 17, 0);
            Users.run("admin", () -> admin.moveDeadline(committee, 2020, february, false));
            await(() -> timerOf(cutoffs, committee) != null && february.equals(timerOf(cutoffs, committee).deadline()));
            LocalDateTime march = LocalDateTime.of(2021, 3, 1, 17, 0);
            Users.run("admin", () -> admin.moveDeadline(committee, 2020, march, false));
            await(() -> timerOf(cutoffs, committee) != null && march.equals(timerOf(cutoffs, committee).deadline()));

            assertRefused("deadline", "DEADLINE_BEFORE_WINDOW",
                    () -> { admin.moveDeadline(committee, 2020, LocalDateTime.of(2020, 12, 1, 0, 0), true); return null; });
            LocalDateTime passed = LocalDateTime.of(2021, 1, 9, 17, 0); // the tests' clock stands at 2021-01-10
            assertRefused("deadline", "DEADLINE_IN_PAST_UNCONFIRMED",
                    () -> { admin.moveDeadline(committee, 2020, passed, false); return null; });
            assertEquals(march, Db.value("SELECT office_deadline FROM committee_deadline WHERE committee_id = ?", committee) instanceof java.sql.Timestamp t
                    ? t.toLocalDateTime() : null);
            Users.run("admin", () -> admin.moveDeadline(committee, 2020, passed, true));
            await(() -> timerOf(cutoffs, committee) == null);
            assertEquals(3, Db.count("SELECT COUNT(*) FROM catalogue_change WHERE entity = '评委会截止时间' AND entity_key = ?",
                    committee + "/2020"));
        } finally {
            Db.update("DELETE FROM committee_deadline WHERE committee_id = ?", committee);
            Db.update("DELETE FROM committee WHERE id = ?", committee);
        }
    }

    @Test
    void theHolidayCalendarImportsFromExcelWholeOrNotAtAll() throws Exception {
        CatalogueAdminService admin = admin();
        try {
            byte[] good = xlsx(new String[][]{{"日期", "类型", "名称"}, {"2031-01-01", "节假日", "元旦"},
                    {"2031-01-04", "调休上班", "元旦调休"}, {"2031-01-02", "节假日", "元旦"}});
            var done = Users.as("admin", () -> admin.importCalendar(good));
            assertEquals(3, done.added());
            assertEquals("WORKDAY", Db.string("SELECT kind FROM calendar_day WHERE calendar_date = ?", LocalDate.of(2031, 1, 4)));
            assertEquals(3, Users.as("admin", () -> admin.calendar(2031)).size());

            byte[] oneBad = xlsx(new String[][]{{"日期", "类型", "名称"}, {"2031-05-01", "节假日", "劳动节"},
                    {"2031-05-07", "调休上班", "劳动节调休"}});
            CatalogueRefusedException refused = assertRefused("file", "CALENDAR_IMPORT_ROW_INVALID",
                    () -> admin.importCalendar(oneBad));
            assertTrue(refused.getMessage().startsWith("第3行"), refused.getMessage());
            assertEquals(0, Db.count("SELECT COUNT(*) FROM calendar_day WHERE calendar_date = ?", LocalDate.of(2031, 5, 1)),
                    "nothing of a refused file is written");
            assertRefused("file", "CALENDAR_IMPORT_NOT_XLSX",
                    () -> admin.importCalendar("日期,类型,名称\n2031-06-01,节假日,x".getBytes()));
        } finally {
            Db.update("DELETE FROM calendar_day WHERE calendar_date >= ? AND calendar_date < ?",
                    LocalDate.of(2031, 1, 1), LocalDate.of(2032, 1, 1));
        }
    }

    // ---- helpers

    private static String titleOf(Journey.Case draft, FormService forms) throws Exception {
        return Users.as(draft.applicant().username(), () -> forms.form(draft.id())).getDeclaredQualification().getTitleName();
    }

    private static ReviewYearForm year(int year, LocalDateTime start, LocalDateTime end, LocalDateTime deadline) {
        ReviewYearForm f = new ReviewYearForm();
        f.setYear(year);
        f.setApplicationStart(start);
        f.setApplicationEnd(end);
        f.setOfficeDeadline(deadline);
        f.setSeniorityCutoff(LocalDate.of(year, 12, 31));
        f.setMaterialCutoff(LocalDate.of(year, 8, 31));
        f.setContinuingEducationFrom(LocalDate.of(year, 1, 1));
        return f;
    }

    private interface Call {
        Object call() throws Exception;
    }

    private static CatalogueRefusedException assertRefused(String field, String code, Call call) {
        CatalogueRefusedException refused = assertThrows(CatalogueRefusedException.class, () -> Users.as("admin", call::call));
        assertEquals(code, refused.code(), refused.getMessage());
        assertEquals(field, refused.field(), refused.getMessage());
        assertTrue(refused.getMessage().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "Chinese: " + refused.getMessage());
        return refused;
    }

    private static ScheduledCutoff timerOf(DeadlineCutoffService cutoffs, long committee) {
        try {
            return Users.as("admin", cutoffs::scheduled).stream().filter(s -> Long.valueOf(committee).equals(s.committeeId()))
                    .findFirst().orElse(null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The scheduler moves timers after the mover's commit, in its own transaction: bounded polling. */
    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertFalse(System.nanoTime() > end, "not within 20 s");
            Thread.sleep(100);
        }
    }

    private static byte[] xlsx(String[][] rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("节假日");
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                ws.value(r, c, rows[r][c]);
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    private static CatalogueAdminService admin() throws Exception {
        return lookup("DefaultCatalogueAdminService", CatalogueAdminService.class);
    }

    private static DeadlineCutoffService lookupBatch() throws Exception {
        return InitialContext.doLookup("java:global/zhicheng/zhicheng-batch/DeadlineCutoffScheduler!"
                + DeadlineCutoffService.class.getName());
    }

    private static <T> T lookup(String bean, Class<T> type) throws Exception {
        return InitialContext.doLookup("java:global/zhicheng/zhicheng-ejb/" + bean + "!" + type.getName());
    }
}
