package cn.zhicheng.application.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.DecisionView;
import cn.zhicheng.application.HistoryView;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.application.decision.Decision;
import cn.zhicheng.application.decision.OfficeReturn;
import cn.zhicheng.application.decision.UnitApproval;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.application.Workflow;
import cn.zhicheng.domain.model.decision.DecisionRecord;
import cn.zhicheng.domain.model.party.HandlerGrant;
import cn.zhicheng.domain.model.party.Role;

/** Open to every role and the platform's identity: the workflow table decides who may take what. */
@Stateless
@DeclareRoles(Role.SYSTEM_NAME)
@RolesAllowed({Role.INDIVIDUAL_NAME, Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME, Role.OFFICE_NAME,
    Role.EXPERT_NAME, Role.BUREAU_NAME, Role.SYS_ADMIN_NAME, Role.SYSTEM_NAME})
@jakarta.interceptor.Interceptors(CatalogueCacheCheck.class) // catalogue edits of any node show at once (admin)
public class DefaultWorkflowService implements WorkflowService {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    Transitions transitions;

    @Inject
    UnitGrants grants;

    @Override
    public ApplicationSummary decide(long applicationId, long expectedVersion, Decision decision) {
        return transitions.take(granted(decision == null ? "decide" : decision.action().name(), applicationId),
                applicationId, expectedVersion, decision);
    }

    @Override
    public ApplicationSummary find(long applicationId) {
        return Summaries.of(visible(granted("find", applicationId), applicationId));
    }

    @Override
    public List<HistoryView> history(long applicationId) {
        Actor actor = granted("history", applicationId);
        Application application = visible(actor, applicationId);
        List<HistoryView> views = em.createQuery("SELECT new cn.zhicheng.application.HistoryView(h.occurredAt, h.actorUsername, "
                        + "h.actorRole, h.action, h.fromState, h.toState, h.opinion, h.attachmentRefs) "
                        + "FROM HistoryEntry h WHERE h.applicationId = :id ORDER BY h.occurredAt, h.id", HistoryView.class)
                .setParameter("id", application.getId())
                .getResultList();
        // an applicant learns which department acted, not which staff member
        return actor.role() == Role.INDIVIDUAL ? ApplicantHistory.of(views, application) : views;
    }

    @Override
    public List<DecisionView> decisions(long applicationId) {
        Application application = visible(granted("decisions", applicationId), applicationId);
        List<DecisionRecord> records = em.createQuery("SELECT d FROM DecisionRecord d WHERE d.applicationId = :id "
                        + "ORDER BY d.decidedAt, d.id", DecisionRecord.class)
                .setParameter("id", application.getId())
                .getResultList();
        // the list rows of every record in one query per kind, not one per record (EclipseLink cannot join-fetch
        // an element collection of a JOINED subclass)
        Map<Long, List<UnitApproval.Appraisal>> appraisals = new HashMap<>();
        for (Object[] row : rows("SELECT a.decision_id, a.appraisal_year, a.result FROM decision_appraisal a "
                + "JOIN decision_record d ON d.id = a.decision_id WHERE d.application_id = ? "
                + "ORDER BY a.decision_id, a.position", application.getId())) {
            appraisals.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(new UnitApproval.Appraisal(((Number) row[1]).intValue(), (String) row[2]));
        }
        Map<Long, List<OfficeReturn.ReturnItem>> items = new HashMap<>();
        for (Object[] row : rows("SELECT i.decision_id, i.section, i.note FROM decision_return_item i "
                + "JOIN decision_record d ON d.id = i.decision_id WHERE d.application_id = ? "
                + "ORDER BY i.decision_id, i.position", application.getId())) {
            items.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(new OfficeReturn.ReturnItem((String) row[1], (String) row[2]));
        }
        return records.stream().map(r -> DecisionRecords.view(r, appraisals.getOrDefault(r.getId(), List.of()),
                items.getOrDefault(r.getId(), List.of()))).toList();
    }

    @Override
    public List<Action> availableActions(long applicationId) {
        Actor actor = granted("availableActions", applicationId);
        return Workflow.actionsFor(visible(actor, applicationId).getState(), actor.role());
    }

    /** The caller, who as a unit handler must hold 资格评审 (every application is of that business item). */
    private Actor granted(String what, long applicationId) {
        Actor actor = currentActor.get();
        grants.requireItem(actor, HandlerGrant.TITLE_REVIEW_ITEM, what + " " + applicationId);
        return actor;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long applicationId) {
        return em.createNativeQuery(sql).setParameter(1, applicationId).getResultList();
    }

    private Application visible(Actor actor, long applicationId) {
        Application application = em.find(Application.class, applicationId);
        if (application == null || !application.isVisibleTo(actor)) {
            throw new ApplicationNotFoundException();
        }
        return application;
    }
}
