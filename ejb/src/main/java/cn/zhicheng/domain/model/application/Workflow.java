package cn.zhicheng.domain.model.application;

import static cn.zhicheng.domain.model.application.Action.*;
import static cn.zhicheng.domain.model.application.ApplicationState.*;
import static cn.zhicheng.domain.model.party.Role.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.zhicheng.domain.model.party.Role;

/**
 * The workflow of SPEC §2 as one table. Adding a stage or a way out is adding a row here (and its state or
 * action); the aggregate and the services read nothing else.
 */
public final class Workflow {

    private static final Set<Role> INDIVIDUALS = EnumSet.of(INDIVIDUAL);
    private static final Set<Role> UNIT_USERS = EnumSet.of(UNIT_ADMIN, UNIT_HANDLER);
    private static final Set<Role> OFFICES = EnumSet.of(OFFICE);
    private static final Set<Role> BUREAUS = EnumSet.of(BUREAU);
    /** The platform's run-as identity only: no account, the system administrator's included, takes these. */
    private static final Set<Role> SYSTEM_USERS = EnumSet.of(SYSTEM);

    private static final List<Transition> TABLE;

    static {
        List<Transition> t = new ArrayList<>();
        // 0 草稿 → 单位审核
        t.add(new Transition(DRAFT, SUBMIT, UNIT_REVIEW, INDIVIDUALS, Scope.OWNER));
        // 1 单位审核
        t.add(new Transition(UNIT_REVIEW, UNIT_APPROVE, UNIT_PRE_PUBLICITY, UNIT_USERS, Scope.UNIT));
        t.add(new Transition(UNIT_REVIEW, UNIT_RETURN, RETURNED, UNIT_USERS, Scope.UNIT));
        t.add(new Transition(UNIT_REVIEW, WITHDRAW, DRAFT, INDIVIDUALS, Scope.OWNER));
        // 2 单位评前公示
        t.add(new Transition(UNIT_PRE_PUBLICITY, PRE_PUBLICITY_PASS, OFFICE_PRE_AUDIT, UNIT_USERS, Scope.UNIT));
        t.add(new Transition(UNIT_PRE_PUBLICITY, PRE_PUBLICITY_FAIL, REJECTED, UNIT_USERS, Scope.UNIT));
        // 3 日常工作部门评前审核
        t.add(new Transition(OFFICE_PRE_AUDIT, OFFICE_PRE_APPROVE, AWAITING_PAYMENT, OFFICES, Scope.OFFICE));
        t.add(new Transition(OFFICE_PRE_AUDIT, OFFICE_PRE_RETURN, RETURNED, OFFICES, Scope.OFFICE));
        t.add(new Transition(OFFICE_PRE_AUDIT, OFFICE_PRE_REJECT, REJECTED, OFFICES, Scope.OFFICE));
        // 4 网上支付: the payment platform's confirmed notification
        t.add(new Transition(AWAITING_PAYMENT, PAYMENT_CONFIRMED, EXPERT_REVIEW, SYSTEM_USERS, Scope.SYSTEM));
        // 5 专家评审: the office records the meeting's result
        t.add(new Transition(EXPERT_REVIEW, EXPERT_PASS, UNIT_POST_PUBLICITY, OFFICES, Scope.OFFICE));
        t.add(new Transition(EXPERT_REVIEW, EXPERT_FAIL, REJECTED, OFFICES, Scope.OFFICE));
        // 6 单位评后公示
        t.add(new Transition(UNIT_POST_PUBLICITY, POST_PUBLICITY_PASS, OFFICE_POST_AUDIT, UNIT_USERS, Scope.UNIT));
        t.add(new Transition(UNIT_POST_PUBLICITY, POST_PUBLICITY_OBJECTION_UPHELD, REJECTED, UNIT_USERS, Scope.UNIT));
        // 7 日常工作部门评后审核
        t.add(new Transition(OFFICE_POST_AUDIT, OFFICE_POST_APPROVE, BUREAU_REVIEW, OFFICES, Scope.OFFICE));
        t.add(new Transition(OFFICE_POST_AUDIT, OFFICE_POST_REJECT, REJECTED, OFFICES, Scope.OFFICE));
        // 8 人社审核 (受理、审核、审批)
        t.add(new Transition(BUREAU_REVIEW, BUREAU_APPROVE, BUREAU_PUBLICITY, BUREAUS, Scope.BUREAU));
        t.add(new Transition(BUREAU_REVIEW, BUREAU_REJECT, REJECTED, BUREAUS, Scope.BUREAU));
        // 9 人社公示
        t.add(new Transition(BUREAU_PUBLICITY, BUREAU_PUBLICITY_PASS, CERTIFICATE, BUREAUS, Scope.BUREAU));
        t.add(new Transition(BUREAU_PUBLICITY, BUREAU_PUBLICITY_OBJECTION_UPHELD, REJECTED, BUREAUS, Scope.BUREAU));
        // 10 制证
        t.add(new Transition(CERTIFICATE, ISSUE_CERTIFICATE, APPROVED, BUREAUS, Scope.BUREAU));
        // 退回修改: back to the stage that returned it, or give up
        t.add(new Transition(RETURNED, RESUBMIT, null, INDIVIDUALS, Scope.OWNER));
        t.add(new Transition(RETURNED, TERMINATE, TERMINATED, INDIVIDUALS, Scope.OWNER));
        // the committee's deadline: whatever has not reached the office is closed
        for (ApplicationState from : ApplicationState.values()) {
            if (from.isBeforeOffice()) {
                t.add(new Transition(from, CLOSE_BY_DEADLINE, CLOSED_BY_DEADLINE, SYSTEM_USERS, Scope.SYSTEM));
            }
        }
        t.add(new Transition(RETURNED, CLOSE_BY_DEADLINE, CLOSED_BY_DEADLINE, SYSTEM_USERS, Scope.SYSTEM));
        TABLE = Collections.unmodifiableList(t);
    }

    private Workflow() {
    }

    public static List<Transition> transitions() {
        return TABLE;
    }

    public static Optional<Transition> find(ApplicationState from, Action action) {
        return TABLE.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
    }

    /** The actions open in a state to an actor of the given role (for showing buttons; the services re-check). */
    public static List<Action> actionsFor(ApplicationState state, Role role) {
        return TABLE.stream().filter(t -> t.from() == state && t.roles().contains(role)).map(Transition::action).toList();
    }

    /** Whether the role may take the action from some state at all. */
    public static boolean roleMayTake(Role role, Action action) {
        return TABLE.stream().anyMatch(t -> t.action() == action && t.roles().contains(role));
    }

    /** Any state the action may be taken from (used to explain a refusal). */
    public static Set<ApplicationState> statesAllowing(Action action) {
        Set<ApplicationState> states = EnumSet.noneOf(ApplicationState.class);
        TABLE.stream().filter(t -> t.action() == action).forEach(t -> states.add(t.from()));
        return states;
    }
}
