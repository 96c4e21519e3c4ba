package cn.zhicheng.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.zhicheng.domain.model.application.ActionNotPermittedException;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.IllegalTransitionException;
import cn.zhicheng.domain.model.application.Scope;
import cn.zhicheng.domain.model.application.Transition;
import cn.zhicheng.domain.model.application.Workflow;
import cn.zhicheng.domain.model.application.WorkflowException;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Journey;

/**
 * For every row of the transition table: a user of a wrong role, a user of the wrong unit or office, and the
 * right user in a wrong state are each refused with a typed exception and a Chinese message, and nothing is
 * written (state, version and history unchanged), while the refusal itself is recorded.
 */
@ExtendWith(ArquillianExtension.class)
class TransitionRulesIT {

    /** Refusals change nothing, so one application per state serves every row. */
    private static final Map<ApplicationState, Journey.Case> CASES = new EnumMap<>(ApplicationState.class);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(TransitionRulesIT.class);
    }

    static Stream<Transition> transitions() {
        return Workflow.transitions().stream();
    }

    @ParameterizedTest(name = "{0}: wrong role")
    @MethodSource("transitions")
    void aWrongRoleIsRefused(Transition t) throws Exception {
        Journey.Case c = at(t.from());
        String user = userOfAnotherRole(t.roles());
        WorkflowException refused = assertRefusedAndNothingWritten(c, user, t, ActionNotPermittedException.class);
        assertTrue(refused.getMessage().contains("无权"), refused.getMessage());
    }

    /** The bureau and the platform act on every application: they have no narrower scope to leave. */
    static Stream<Transition> scopedTransitions() {
        return transitions().filter(t -> t.scope() == Scope.OWNER || t.scope() == Scope.UNIT || t.scope() == Scope.OFFICE);
    }

    @ParameterizedTest(name = "{0}: wrong unit / office / person")
    @MethodSource("scopedTransitions")
    void aUserOutsideTheScopeIsRefused(Transition t) throws Exception {
        Journey.Case c = at(t.from());
        String user = switch (t.scope()) {
            case OWNER -> "zhangsan";
            case UNIT -> "rj-admin";
            default -> "office-dz";
        };
        WorkflowException refused = assertRefusedAndNothingWritten(c, user, t, WorkflowException.class);
        assertTrue(refused.code().equals("NOT_FOUND") || refused.code().startsWith("OUT_OF_SCOPE"), refused.code());
    }

    @ParameterizedTest(name = "{0}: wrong state")
    @MethodSource("transitions")
    void theRightUserInAWrongStateIsRefused(Transition t) throws Exception {
        ApplicationState wrong = Workflow.statesAllowing(t.action()).contains(ApplicationState.UNIT_REVIEW)
                ? ApplicationState.OFFICE_PRE_AUDIT : successorOf(t.from());
        Journey.Case c = at(wrong);
        String user = switch (t.scope()) {
            case OWNER -> c.applicant().username();
            case UNIT -> "jt-admin";
            case OFFICE -> "office-jt";
            case BUREAU -> "bureau";
            case SYSTEM -> Journey.SYSTEM;
        };
        WorkflowException refused = assertRefusedAndNothingWritten(c, user, t, IllegalTransitionException.class);
        assertTrue(refused.getMessage().contains("当前环节"), refused.getMessage());
    }

    private static <E extends WorkflowException> E assertRefusedAndNothingWritten(Journey.Case c, String user,
                                                                                 Transition t, Class<E> type) {
        ApplicationState state = Journey.state(c.id());
        long version = Journey.version(c.id());
        long history = Journey.historyCount(c.id());
        long refusals = Db.count("SELECT COUNT(*) FROM security_event WHERE event_type = 'ACTION_REFUSED' AND username = ?", user);

        E refused = assertThrows(type, () -> Journey.act(c, user, t.action()));

        assertEquals(state, Journey.state(c.id()));
        assertEquals(version, Journey.version(c.id()));
        assertEquals(history, Journey.historyCount(c.id()));
        assertEquals(refusals + 1, Db.count("SELECT COUNT(*) FROM security_event WHERE event_type = 'ACTION_REFUSED' "
                + "AND username = ?", user));
        return refused;
    }

    private static String userOfAnotherRole(Set<Role> allowed) {
        if (!allowed.contains(Role.UNIT_ADMIN)) {
            return "jt-admin";
        }
        return "office-jt";
    }

    private static ApplicationState successorOf(ApplicationState from) {
        return switch (from) {
            case DRAFT, RETURNED -> ApplicationState.UNIT_REVIEW;
            case CERTIFICATE -> ApplicationState.APPROVED;
            default -> Journey.HAPPY_PATH.stream().map(Journey.Step::from)
                    .dropWhile(s -> s != from).skip(1).findFirst().orElseThrow();
        };
    }

    private static Journey.Case at(ApplicationState state) throws Exception {
        Journey.Case c = CASES.get(state);
        if (c == null) {
            c = Journey.at(state == ApplicationState.APPROVED ? ApplicationState.APPROVED : state);
            CASES.put(state, c);
        }
        return c;
    }
}
