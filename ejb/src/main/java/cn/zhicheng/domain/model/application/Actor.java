package cn.zhicheng.domain.model.application;

import java.util.Set;

import cn.zhicheng.domain.model.party.Role;

/**
 * Who acts, as the server knows them: the account's name and role, and the ids that scope it (the person, unit,
 * office or committee). Built from the authenticated caller, never from anything a client sent.
 *
 * @param grants the business items a unit handler was granted (unit admins need none)
 */
public record Actor(String username, Role role, Long personId, Long unitId, Long officeId, Long committeeId,
                    Set<String> grants) {

    public static final String SYSTEM_NAME = "system";

    public Actor {
        grants = grants == null ? Set.of() : Set.copyOf(grants);
    }

    /** The platform itself: batch jobs and the payment platform's notification. */
    public static Actor system() {
        return new Actor(SYSTEM_NAME, Role.SYSTEM, null, null, null, null, Set.of());
    }

    public boolean holdsGrant(String businessItem) {
        return role == Role.UNIT_ADMIN || grants.contains(businessItem);
    }
}
