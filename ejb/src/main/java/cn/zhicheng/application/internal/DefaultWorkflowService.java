package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.HistoryView;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ActionNotPermittedException;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.application.ApplicationTransitioned;
import cn.zhicheng.domain.model.application.Workflow;
import cn.zhicheng.domain.model.application.WorkflowException;
import cn.zhicheng.domain.model.audit.SecurityEvent;
import cn.zhicheng.domain.model.history.HistoryEntry;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.infrastructure.security.SecurityAudit;

@Stateless
@RolesAllowed({Role.INDIVIDUAL_NAME, Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME, Role.OFFICE_NAME,
    Role.EXPERT_NAME, Role.BUREAU_NAME, Role.SYS_ADMIN_NAME})
public class DefaultWorkflowService implements WorkflowService {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    ApplicationLocks locks;

    @Inject
    TransitionGuards guards;

    @Inject
    CertificateNumbers certificateNumbers;

    @Inject
    SecurityAudit audit;

    @Inject
    Event<ApplicationTransitioned> transitioned;

    @Inject
    Clock clock;

    @Override
    public ApplicationSummary perform(long applicationId, Action action, long expectedVersion, String opinion,
                                      List<String> attachmentRefs) {
        Actor actor = currentActor.get();
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            // a role that can never take this action is refused before anything is read
            if (!Workflow.roleMayTake(actor.role(), action)) {
                throw new ActionNotPermittedException(actor.role(), action);
            }
            Application application = locks.lock(applicationId, expectedVersion, a -> a.isVisibleTo(actor));
            // the table first (role, scope, state), then what needs the database (validation, deadline)
            application.permit(action, actor);
            guards.check(application, action, actor, now);
            if (action == Action.ISSUE_CERTIFICATE) {
                application.recordCertificate(certificateNumbers.next(application, now));
            }
            HistoryEntry entry = application.apply(action, actor, now, opinion, attachmentRefs);
            em.persist(entry);
            em.flush();
            transitioned.fire(new ApplicationTransitioned(application.getId(), action, entry.getFromState(),
                    entry.getToState(), actor.username()));
            return Summaries.of(application);
        } catch (WorkflowException refused) {
            audit.record(actor.username(), SecurityEvent.Type.ACTION_REFUSED, null,
                    action + " on " + applicationId + ": " + refused.code() + " " + refused.getMessage());
            throw refused;
        }
    }

    @Override
    public ApplicationSummary issueCertificate(long applicationId, long expectedVersion, String opinion) {
        return perform(applicationId, Action.ISSUE_CERTIFICATE, expectedVersion, opinion, List.of());
    }

    @Override
    public ApplicationSummary find(long applicationId) {
        return Summaries.of(visible(currentActor.get(), applicationId));
    }

    @Override
    public List<HistoryView> history(long applicationId) {
        Actor actor = currentActor.get();
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
    public List<Action> availableActions(long applicationId) {
        Actor actor = currentActor.get();
        return Workflow.actionsFor(visible(actor, applicationId).getState(), actor.role());
    }

    private Application visible(Actor actor, long applicationId) {
        Application application = em.find(Application.class, applicationId);
        if (application == null || !application.isVisibleTo(actor)) {
            throw new ApplicationNotFoundException();
        }
        return application;
    }
}
