package cn.zhicheng.domain.model.application;

import java.util.EnumSet;
import java.util.Set;

import cn.zhicheng.domain.model.party.Role;

/**
 * One row of the workflow table: from a state, an action by one of some roles, within a scope, leads to a
 * state. {@code to == null} means "back to the stage that returned it" (resubmission).
 */
public record Transition(ApplicationState from, Action action, ApplicationState to, Set<Role> roles, Scope scope) {

    public Transition {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean returnsToReturningStage() {
        return to == null;
    }

    public ApplicationState target(ApplicationState returnedFrom) {
        return to != null ? to : returnedFrom;
    }
}
