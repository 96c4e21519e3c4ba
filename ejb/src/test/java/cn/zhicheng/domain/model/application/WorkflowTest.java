package cn.zhicheng.domain.model.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import cn.zhicheng.domain.model.party.Role;

/** The table itself: every stage has a way out, final states have none, each action has one scope. */
class WorkflowTest {

    @Test
    void everyNonFinalStateHasAWayOutAndNoFinalStateHasOne() {
        for (ApplicationState state : ApplicationState.values()) {
            boolean hasWayOut = Workflow.transitions().stream().anyMatch(t -> t.from() == state);
            assertEquals(!state.isFinal(), hasWayOut, state.name());
        }
    }

    @Test
    void eachActionHasOneScopeAndOneSetOfRoles() {
        for (Action action : Action.values()) {
            var rows = Workflow.transitions().stream().filter(t -> t.action() == action).toList();
            assertFalse(rows.isEmpty(), action.name());
            assertEquals(1, rows.stream().map(Transition::scope).distinct().count(), action.name());
            assertEquals(1, rows.stream().map(Transition::roles).distinct().count(), action.name());
        }
    }

    @Test
    void theStageBarFollowsTheHappyPathOfSpec() {
        ApplicationState[] bar = ApplicationState.stageBar();
        assertEquals(11, bar.length);
        assertTrue(Arrays.stream(bar).noneMatch(ApplicationState::isFinal));
        assertTrue(Workflow.roleMayTake(Role.INDIVIDUAL, Action.SUBMIT));
        assertFalse(Workflow.roleMayTake(Role.UNIT_HANDLER, Action.OFFICE_PRE_APPROVE));
        assertEquals(ApplicationState.UNIT_REVIEW, Workflow.find(ApplicationState.DRAFT, Action.SUBMIT).orElseThrow().to());
        assertTrue(Workflow.find(ApplicationState.RETURNED, Action.RESUBMIT).orElseThrow().returnsToReturningStage());
    }
}
