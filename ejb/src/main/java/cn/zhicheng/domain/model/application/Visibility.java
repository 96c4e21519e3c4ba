package cn.zhicheng.domain.model.application;

import java.util.List;
import java.util.Objects;

import cn.zhicheng.domain.model.party.HandlerGrant;

/**
 * Who sees which applications (lists, counts, 查看, 进度): one {@link Rule} per actor, a conjunction of
 * {@link Condition}s. {@link Application#isVisibleTo} reads it in memory and
 * {@code application.internal.VisibleApplications} translates it into a query predicate; both go through an
 * {@link Interpreter}, so a new condition does not compile until both readings handle it.
 */
public final class Visibility {

    /** Sees nothing at all (a handler without the 资格评审 grant, an actor without the ids of its scope). */
    public static final Rule NOTHING = new Rule(true, List.of());

    private Visibility() {
    }

    /** The rule of this actor: the only definition of who sees what. */
    public static Rule of(Actor actor) {
        return switch (actor.role()) {
            case INDIVIDUAL -> actor.personId() == null ? NOTHING : all(new ApplicantIs(actor.personId()));
            // a draft is the applicant's own: never submitted (closed at the deadline) or withdrawn to 草稿
            case UNIT_ADMIN, UNIT_HANDLER -> actor.unitId() == null || !actor.holdsGrant(HandlerGrant.TITLE_REVIEW_ITEM)
                    ? NOTHING : all(new SentToUnit(actor.unitId()), new Submitted(), new NotInState(ApplicationState.DRAFT));
            // only what actually reached the office: not a unit return, a publicity failure, or a deadline closure
            case OFFICE -> actor.officeId() == null ? NOTHING
                    : all(new AtCommitteeOf(actor.officeId()), new ReachedOffice());
            case BUREAU, SYS_ADMIN -> all(new NotInState(ApplicationState.DRAFT));
            // the platform itself closes drafts at the deadline
            case SYSTEM -> all();
            // an expert: the dossiers of their open meetings, minus those they are recused from (专家评审)
            case EXPERT -> actor.username() == null ? NOTHING : all(new ReadByExpert(actor.username()));
        };
    }

    private static Rule all(Condition... conditions) {
        return new Rule(false, List.of(conditions));
    }

    /**
     * An actor's view: nothing, or every application meeting all the conditions (none: every application).
     *
     * @param seesNothing true when no application is visible, whatever the conditions
     */
    public record Rule(boolean seesNothing, List<Condition> conditions) {

        public Rule {
            conditions = List.copyOf(conditions);
        }

        /** Reads the rule with an interpreter: {@code none} for nothing, else the conditions joined by {@code and}. */
        public <R> R read(Interpreter<R> interpreter) {
            if (seesNothing) {
                return interpreter.nothing();
            }
            return interpreter.and(conditions.stream().map(c -> c.accept(interpreter)).toList());
        }

        /** The in-memory reading: whether this application meets the rule. */
        public boolean matches(Application application) {
            return read(new InMemory(application));
        }
    }

    /** Reads the conditions on one loaded application. */
    private record InMemory(Application a) implements Interpreter<Boolean> {
        @Override
        public Boolean nothing() {
            return false;
        }

        @Override
        public Boolean and(List<Boolean> all) {
            return all.stream().allMatch(Boolean::booleanValue);
        }

        @Override
        public Boolean applicantIs(long personId) {
            return a.getApplicant() != null && Objects.equals(a.getApplicant().getId(), personId);
        }

        @Override
        public Boolean sentToUnit(long unitId) {
            return a.getUnit() != null && Objects.equals(a.getUnit().getId(), unitId);
        }

        @Override
        public Boolean atCommitteeOf(long officeId) {
            return a.getCommittee() != null && Objects.equals(a.getCommittee().getOffice().getId(), officeId);
        }

        @Override
        public Boolean notInState(ApplicationState state) {
            return a.getState() != state;
        }

        @Override
        public Boolean submitted() {
            return a.getSubmittedAt() != null;
        }

        @Override
        public Boolean reachedOffice() {
            return a.getReachedOfficeAt() != null;
        }

        @Override
        public Boolean readByExpert(String username) {
            return a.isOpenToExpert(username);
        }
    }

    /** One condition an application must meet. */
    public sealed interface Condition permits ApplicantIs, SentToUnit, AtCommitteeOf, NotInState, Submitted, ReachedOffice,
            ReadByExpert {
        <R> R accept(Interpreter<R> interpreter);
    }

    /** The applicant is this person. */
    public record ApplicantIs(long personId) implements Condition {
        @Override
        public <R> R accept(Interpreter<R> interpreter) {
            return interpreter.applicantIs(personId);
        }
    }

    /** Sent to this unit (报送单位). */
    public record SentToUnit(long unitId) implements Condition {
        @Override
        public <R> R accept(Interpreter<R> interpreter) {
            return interpreter.sentToUnit(unitId);
        }
    }

    /** Its committee is one of this office's (日常工作部门). */
    public record AtCommitteeOf(long officeId) implements Condition {
        @Override
        public <R> R accept(Interpreter<R> interpreter) {
            return interpreter.atCommitteeOf(officeId);
        }
    }

    /** Not in this state. */
    public record NotInState(ApplicationState state) implements Condition {
        @Override
        public <R> R accept(Interpreter<R> interpreter) {
            return interpreter.notInState(state);
        }
    }

    /** Submitted at least once ({@code submitted_at} is set). */
    public record Submitted() implements Condition {
        @Override
        public <R> R accept(Interpreter<R> interpreter) {
            return interpreter.submitted();
        }
    }

    /** Entered 日常工作部门评前审核 at least once ({@code reached_office_at} is set). */
    public record ReachedOffice() implements Condition {
        @Override
        public <R> R accept(Interpreter<R> interpreter) {
            return interpreter.reachedOffice();
        }
    }

    /**
     * Open to this expert: the office put it on a meeting the expert is invited to and the expert is not recused
     * from it, until the ballot closes ({@code expert_reader}, kept by the meeting service).
     */
    public record ReadByExpert(String username) implements Condition {
        @Override
        public <R> R accept(Interpreter<R> interpreter) {
            return interpreter.readByExpert(username);
        }
    }

    /** A reading of the rule: in memory (a boolean) or as a query (a predicate). */
    public interface Interpreter<R> {
        R nothing();

        R and(List<R> all);

        R applicantIs(long personId);

        R sentToUnit(long unitId);

        R atCommitteeOf(long officeId);

        R notInState(ApplicationState state);

        R submitted();

        R reachedOffice();

        R readByExpert(String username);
    }
}
