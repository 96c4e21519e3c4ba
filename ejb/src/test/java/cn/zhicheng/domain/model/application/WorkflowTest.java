package cn.zhicheng.domain.model.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

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
    void theStageBarIsTheManualsStagesInTheirOrder() {
        // SPEC §2 #0–#10, with the labels the manual shows on the bar
        assertEquals(List.of("DRAFT 草稿", "UNIT_REVIEW 单位审核", "UNIT_PRE_PUBLICITY 单位评前公示",
                        "OFFICE_PRE_AUDIT 日常工作部门评前审核", "AWAITING_PAYMENT 网上支付", "EXPERT_REVIEW 专家评审",
                        "UNIT_POST_PUBLICITY 单位评后公示", "OFFICE_POST_AUDIT 日常工作部门评后审核", "BUREAU_REVIEW 人社审核",
                        "BUREAU_PUBLICITY 人社公示", "CERTIFICATE 制证"),
                Arrays.stream(ApplicationState.stageBar()).map(s -> s.name() + " " + s.label()).toList());
    }

    @Test
    void theStageBarFollowsTheHappyPathOfSpec() {
        ApplicationState[] bar = ApplicationState.stageBar();
        assertTrue(Arrays.stream(bar).noneMatch(ApplicationState::isFinal));
        // each stage of the bar leads to the next one by a row of the table
        for (int i = 0; i + 1 < bar.length; i++) {
            ApplicationState from = bar[i];
            ApplicationState next = bar[i + 1];
            assertTrue(Workflow.transitions().stream().anyMatch(t -> t.from() == from && t.to() == next),
                    from + " -> " + next);
        }
        assertTrue(Workflow.roleMayTake(Role.INDIVIDUAL, Action.SUBMIT));
        assertFalse(Workflow.roleMayTake(Role.UNIT_HANDLER, Action.OFFICE_PRE_APPROVE));
        assertEquals(ApplicationState.UNIT_REVIEW, Workflow.find(ApplicationState.DRAFT, Action.SUBMIT).orElseThrow().to());
        assertTrue(Workflow.find(ApplicationState.RETURNED, Action.RESUBMIT).orElseThrow().returnsToReturningStage());
    }
}
