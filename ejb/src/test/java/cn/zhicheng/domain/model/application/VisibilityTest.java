package cn.zhicheng.domain.model.application;

import static cn.zhicheng.domain.model.application.Action.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.zhicheng.domain.model.application.form.DeclaredQualification;
import cn.zhicheng.domain.model.catalogue.Committee;
import cn.zhicheng.domain.model.catalogue.ExamMode;
import cn.zhicheng.domain.model.catalogue.Office;
import cn.zhicheng.domain.model.catalogue.ReviewYear;
import cn.zhicheng.domain.model.catalogue.Specialty;
import cn.zhicheng.domain.model.catalogue.Title;
import cn.zhicheng.domain.model.catalogue.TitleLevel;
import cn.zhicheng.domain.model.catalogue.TitleSeries;
import cn.zhicheng.domain.model.party.HandlerGrant;
import cn.zhicheng.domain.model.party.IdType;
import cn.zhicheng.domain.model.party.Person;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.Unit;

/**
 * The in-memory reading of {@link Visibility}: applications driven through the real {@link Application#apply}
 * into each case, then asked whom they are visible to.
 */
class VisibilityTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2021, 1, 10, 9, 0);
    private static final long PERSON = 1L;
    private static final long UNIT = 10L;
    private static final long OFFICE = 20L;

    private static final Actor OWNER = new Actor("zhangsan", Role.INDIVIDUAL, PERSON, null, null, null, Set.of());
    private static final Actor OTHER_PERSON = new Actor("lisi", Role.INDIVIDUAL, 2L, null, null, null, Set.of());
    private static final Actor UNIT_ADMIN = new Actor("jt-admin", Role.UNIT_ADMIN, null, UNIT, null, null, Set.of());
    private static final Actor GRANTED_HANDLER = new Actor("jt-handler", Role.UNIT_HANDLER, null, UNIT, null, null,
            Set.of(HandlerGrant.TITLE_REVIEW_ITEM));
    private static final Actor UNGRANTED_HANDLER = new Actor("jt-clerk", Role.UNIT_HANDLER, null, UNIT, null, null,
            Set.of("001"));
    private static final Actor OTHER_UNIT = new Actor("rj-admin", Role.UNIT_ADMIN, null, 11L, null, null, Set.of());
    private static final Actor OFFICE_STAFF = new Actor("office-jt", Role.OFFICE, null, null, OFFICE, null, Set.of());
    private static final Actor OTHER_OFFICE = new Actor("office-dz", Role.OFFICE, null, null, 21L, null, Set.of());
    private static final Actor BUREAU = new Actor("bureau", Role.BUREAU, null, null, null, null, Set.of());
    private static final Actor ADMIN = new Actor("admin", Role.SYS_ADMIN, null, null, null, null, Set.of());
    private static final Actor PLATFORM = new Actor("system", Role.SYSTEM, null, null, null, null, Set.of());
    private static final Actor EXPERT = new Actor("expert-jt", Role.EXPERT, PERSON, null, null, 30L, Set.of());

    @Test
    void theApplicantSeesOwnApplicationsInEveryStateAndNobodyElses() {
        assertTrue(driven().isVisibleTo(OWNER));
        assertTrue(driven(SUBMIT, UNIT_RETURN, TERMINATE).isVisibleTo(OWNER));
        assertFalse(driven().isVisibleTo(OTHER_PERSON));
        assertFalse(driven(SUBMIT).isVisibleTo(OTHER_PERSON));
    }

    @Test
    void theUnitSeesWhatWasSubmittedToItButNoDraftAndAHandlerNeedsTheTitleReviewGrant() {
        assertFalse(driven().isVisibleTo(UNIT_ADMIN), "a draft is the applicant's own");
        Application submitted = driven(SUBMIT);
        assertTrue(submitted.isVisibleTo(UNIT_ADMIN));
        assertTrue(submitted.isVisibleTo(GRANTED_HANDLER));
        assertFalse(submitted.isVisibleTo(UNGRANTED_HANDLER));
        assertFalse(submitted.isVisibleTo(OTHER_UNIT));
        assertEquals(Visibility.NOTHING, Visibility.of(UNGRANTED_HANDLER));
        assertFalse(driven(SUBMIT, WITHDRAW).isVisibleTo(UNIT_ADMIN), "withdrawn to 草稿");
        assertFalse(driven(CLOSE_BY_DEADLINE).isVisibleTo(UNIT_ADMIN), "a draft closed at the deadline was never sent");
        assertTrue(driven(SUBMIT, CLOSE_BY_DEADLINE).isVisibleTo(UNIT_ADMIN), "closed while at the unit");
    }

    @Test
    void theOfficeSeesOnlyWhatReachedIt() {
        assertFalse(driven(SUBMIT).isVisibleTo(OFFICE_STAFF), "单位审核");
        assertFalse(driven(SUBMIT, UNIT_APPROVE).isVisibleTo(OFFICE_STAFF), "单位评前公示");
        assertFalse(driven(SUBMIT, UNIT_APPROVE, PRE_PUBLICITY_FAIL).isVisibleTo(OFFICE_STAFF), "评前公示不通过");
        assertFalse(driven(SUBMIT, UNIT_RETURN).isVisibleTo(OFFICE_STAFF), "单位退回");
        assertFalse(driven(SUBMIT, UNIT_RETURN, TERMINATE).isVisibleTo(OFFICE_STAFF), "单位退回后终止");
        assertFalse(driven(SUBMIT, UNIT_RETURN, CLOSE_BY_DEADLINE).isVisibleTo(OFFICE_STAFF), "单位退回后逾期关闭");
        assertFalse(driven(SUBMIT, CLOSE_BY_DEADLINE).isVisibleTo(OFFICE_STAFF), "逾期关闭");

        assertTrue(driven(SUBMIT, UNIT_APPROVE, PRE_PUBLICITY_PASS).isVisibleTo(OFFICE_STAFF), "评前审核");
        assertTrue(driven(SUBMIT, UNIT_APPROVE, PRE_PUBLICITY_PASS, OFFICE_PRE_RETURN).isVisibleTo(OFFICE_STAFF),
                "评前审核退回");
        assertTrue(driven(SUBMIT, UNIT_APPROVE, PRE_PUBLICITY_PASS, OFFICE_PRE_RETURN, TERMINATE)
                .isVisibleTo(OFFICE_STAFF), "评前审核退回后终止");
        assertTrue(driven(SUBMIT, UNIT_APPROVE, PRE_PUBLICITY_PASS, OFFICE_PRE_APPROVE, PAYMENT_CONFIRMED, EXPERT_FAIL)
                .isVisibleTo(OFFICE_STAFF), "专家评审不通过");
        assertFalse(driven(SUBMIT, UNIT_APPROVE, PRE_PUBLICITY_PASS).isVisibleTo(OTHER_OFFICE));
    }

    @Test
    void reachingTheOfficeIsRecordedOnceAndKeptThroughAReturn() {
        assertNull(driven(SUBMIT, UNIT_APPROVE).getReachedOfficeAt());
        Application resubmitted = driven(SUBMIT, UNIT_APPROVE, PRE_PUBLICITY_PASS, OFFICE_PRE_RETURN, RESUBMIT);
        assertEquals(ApplicationState.OFFICE_PRE_AUDIT, resubmitted.getState());
        // the first entry counts: the third step of driven() happens at NOW + 3 hours
        assertEquals(NOW.plusHours(3), resubmitted.getReachedOfficeAt());
    }

    @Test
    void theBureauAndTheAdminSeeEverythingButDraftsThePlatformEverythingExpertsOnlyWhatTheirMeetingOpened() {
        Application draft = driven();
        Application closedDraft = driven(CLOSE_BY_DEADLINE);
        assertFalse(draft.isVisibleTo(BUREAU));
        assertFalse(draft.isVisibleTo(ADMIN));
        assertTrue(draft.isVisibleTo(PLATFORM));
        assertTrue(closedDraft.isVisibleTo(BUREAU));
        assertTrue(closedDraft.isVisibleTo(ADMIN));
        Application atOffice = driven(SUBMIT, UNIT_APPROVE, PRE_PUBLICITY_PASS);
        assertTrue(atOffice.isVisibleTo(ADMIN));
        assertTrue(atOffice.isVisibleTo(BUREAU));
        assertFalse(atOffice.isVisibleTo(EXPERT), "even with the applicant's person id");
        assertEquals(List.of(new Visibility.ReadByExpert("expert-jt")), Visibility.of(EXPERT).conditions());

        Application atReview = driven(SUBMIT, UNIT_APPROVE, PRE_PUBLICITY_PASS, OFFICE_PRE_APPROVE, PAYMENT_CONFIRMED);
        assertFalse(atReview.isVisibleTo(EXPERT), "not on a meeting of the expert's");
        atReview.openToExpert("expert-jt");
        assertTrue(atReview.isVisibleTo(EXPERT), "invited to its meeting, not recused");
        assertFalse(atReview.isVisibleTo(new Actor("expert-other", Role.EXPERT, null, null, null, 30L, Set.of())));
        atReview.closeToExpert("expert-jt");
        assertFalse(atReview.isVisibleTo(EXPERT), "recused, or the ballot closed");
        assertTrue(Visibility.of(new Actor(null, Role.EXPERT, null, null, null, 30L, Set.of())).seesNothing());
    }

    @Test
    void anActorWithoutTheIdsOfItsScopeSeesNothing() {
        for (Role role : EnumSet.of(Role.INDIVIDUAL, Role.UNIT_ADMIN, Role.UNIT_HANDLER, Role.OFFICE)) {
            Actor bare = new Actor("x", role, null, null, null, null, Set.of(HandlerGrant.TITLE_REVIEW_ITEM));
            assertTrue(Visibility.of(bare).seesNothing(), role.name());
        }
    }

    @Test
    void theRuleIsOneConjunctionReadTheSameWayByAnyInterpreter() {
        Visibility.Rule office = Visibility.of(OFFICE_STAFF);
        assertEquals(List.of(new Visibility.AtCommitteeOf(OFFICE), new Visibility.ReachedOffice()), office.conditions());
        // a textual reading shows the shape the query reading gets
        assertEquals("atCommitteeOf(20) and reachedOffice", office.read(new Text()));
        assertEquals("readByExpert(expert-jt)", Visibility.of(EXPERT).read(new Text()));
        assertEquals("notInState(DRAFT)", Visibility.of(ADMIN).read(new Text()));
    }

    @Test
    void beforeOfficeIsTheSetTheDeadlineCloses() {
        assertEquals(EnumSet.of(ApplicationState.DRAFT, ApplicationState.UNIT_REVIEW, ApplicationState.UNIT_PRE_PUBLICITY),
                ApplicationState.beforeOffice());
        for (ApplicationState s : ApplicationState.values()) {
            assertEquals(ApplicationState.beforeOffice().contains(s), s.isBeforeOffice(), s.name());
            assertEquals(s.isBeforeOffice(), Workflow.find(s, CLOSE_BY_DEADLINE).isPresent() && s != ApplicationState.RETURNED,
                    s.name());
        }
    }

    /** A new application of PERSON to UNIT at OFFICE's committee, taken through these steps by the right users. */
    private static Application driven(Action... steps) {
        Office office = new Office(OFFICE, "深圳市交通运输专业职称评审委员会办公室");
        Committee committee = new Committee(30L, "交通运输专业中级评委会", office);
        Title title = new Title(40L, new TitleSeries(50L, "工程技术"), TitleLevel.INTERMEDIATE, "工程师");
        Specialty specialty = new Specialty(60L, title, "交通工程", ExamMode.NONE, committee);
        ReviewYear year = new ReviewYear(70L, 2020, NOW.minusMonths(1), NOW.plusMonths(1), NOW.plusMonths(2),
                LocalDate.of(2020, 12, 31), LocalDate.of(2020, 12, 31), LocalDate.of(2016, 1, 1));
        Application application = Application.draft("0032021011000000001",
                withId(new Person("张三", IdType.RESIDENT_ID, "440304198501011235"), PERSON), year, NOW);
        application.declare(DeclaredQualification.builder().specialty(specialty).build());
        application.sendTo(withId(new Unit("深圳市示例交通建设有限公司", "91440300MA5XXXX01A"), UNIT));
        LocalDateTime at = NOW;
        for (Action step : steps) {
            at = at.plusHours(1);
            assertNotNull(application.apply(step, actorFor(step), at, null, List.of()));
        }
        return application;
    }

    private static Actor actorFor(Action step) {
        return switch (step) {
            case SUBMIT, RESUBMIT, WITHDRAW, TERMINATE -> OWNER;
            case UNIT_APPROVE, UNIT_RETURN, PRE_PUBLICITY_PASS, PRE_PUBLICITY_FAIL -> UNIT_ADMIN;
            case PAYMENT_CONFIRMED, CLOSE_BY_DEADLINE -> Actor.system();
            case BUREAU_APPROVE, BUREAU_REJECT -> BUREAU;
            default -> OFFICE_STAFF;
        };
    }

    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a rule as text, to see its shape. */
    private static final class Text implements Visibility.Interpreter<String> {
        @Override
        public String nothing() {
            return "nothing";
        }

        @Override
        public String and(List<String> all) {
            return String.join(" and ", all);
        }

        @Override
        public String applicantIs(long personId) {
            return "applicantIs(" + personId + ")";
        }

        @Override
        public String sentToUnit(long unitId) {
            return "sentToUnit(" + unitId + ")";
        }

        @Override
        public String atCommitteeOf(long officeId) {
            return "atCommitteeOf(" + officeId + ")";
        }

        @Override
        public String notInState(ApplicationState state) {
            return "notInState(" + state + ")";
        }

        @Override
        public String submitted() {
            return "submitted";
        }

        @Override
        public String reachedOffice() {
            return "reachedOffice";
        }

        @Override
        public String readByExpert(String username) {
            return "readByExpert(" + username + ")";
        }
    }
}
