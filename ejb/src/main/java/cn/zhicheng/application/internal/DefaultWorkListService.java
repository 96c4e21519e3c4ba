package cn.zhicheng.application.internal;

import cn.zhicheng.application.ApplicationSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import cn.zhicheng.application.WorkList;
import cn.zhicheng.application.WorkListFilter;
import cn.zhicheng.application.WorkListService;
import cn.zhicheng.application.WorkListSort;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.party.HandlerGrant;
import cn.zhicheng.domain.model.party.Role;

@Stateless
public class DefaultWorkListService implements WorkListService {

    @Inject
    CurrentActor currentActor;

    @Inject
    VisibleApplications visible;

    @Inject
    UnitGrants grants;

    @Override
    @RolesAllowed({Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME, Role.OFFICE_NAME, Role.EXPERT_NAME, Role.BUREAU_NAME,
        Role.SYS_ADMIN_NAME})
    public WorkList list(WorkListFilter filter, WorkListSort sort, int first, int pageSize) {
        Actor actor = currentActor.get();
        // the unit's work list is 资格评审's: a handler needs that business item (refused and recorded otherwise)
        grants.requireItem(actor, HandlerGrant.TITLE_REVIEW_ITEM, "work list");
        return visible.list(actor, filter == null ? WorkListFilter.none() : filter, sort, first, pageSize);
    }

    @Override
    @RolesAllowed({Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME, Role.OFFICE_NAME, Role.EXPERT_NAME, Role.BUREAU_NAME,
        Role.SYS_ADMIN_NAME})
    public List<ApplicationSummary> exportPage(WorkListFilter filter, Long afterId, int max) {
        return visible.after(currentActor.get(), filter == null ? WorkListFilter.none() : filter, afterId, max);
    }
}
