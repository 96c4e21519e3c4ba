package cn.zhicheng.application.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.BureauService;
import cn.zhicheng.application.BureauStepView;
import cn.zhicheng.application.BureauStepView.Step;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.application.decision.DecisionRefusedException;
import cn.zhicheng.application.decision.Decisions;
import cn.zhicheng.application.decision.Opinion;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.audit.SecurityEvent;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.infrastructure.security.SecurityAudit;

@Stateless
@RolesAllowed(Role.BUREAU_NAME)
public class DefaultBureauService implements BureauService {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    WorkflowService workflow;

    @Inject
    CurrentActor currentActor;

    @Inject
    ApplicationLocks locks;

    @Inject
    SecurityAudit audit;

    @Inject
    Clock clock;

    @Override
    public List<BureauStepView> steps(long applicationId) {
        workflow.find(applicationId);
        return taken(applicationId);
    }

    @Override
    public Step nextStep(long applicationId) {
        ApplicationSummary application = workflow.find(applicationId);
        return application.state() == ApplicationState.BUREAU_REVIEW ? next(taken(applicationId)) : null;
    }

    @Override
    public ApplicationSummary record(long applicationId, long expectedVersion, Step step, String opinion) {
        if (step == null || step == Step.APPROVE) {
            throw new IllegalArgumentException("审批 is the transition, not a recorded step: " + step);
        }
        Actor actor = currentActor.get();
        try {
            requireOpinion(step, opinion);
            Application application = locks.lock(applicationId, expectedVersion, a -> a.isVisibleTo(actor));
            if (application.getState() != ApplicationState.BUREAU_REVIEW) {
                throw new DecisionRefusedException(MessageKey.BUREAU_NOT_AT_REVIEW, application.getSerialNo());
            }
            List<BureauStepView> taken = taken(applicationId);
            requireNext(taken, step);
            em.createNativeQuery("INSERT INTO bureau_step (application_id, step, opinion, actor_username, decided_at) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, applicationId).setParameter(2, step.name()).setParameter(3, opinion.strip())
                    .setParameter(4, actor.username()).setParameter(5, Timestamp.valueOf(LocalDateTime.now(clock)))
                    .executeUpdate();
            return Summaries.of(application);
        } catch (BusinessException refused) {
            audit.record(actor.username(), SecurityEvent.Type.ACTION_REFUSED, null,
                    "BUREAU_" + step + " on " + applicationId + ": " + refused.code() + " " + refused.getMessage());
            throw refused;
        }
    }

    @Override
    public ApplicationSummary approve(long applicationId, long expectedVersion, String opinion) {
        ApplicationSummary application = workflow.find(applicationId);
        if (application.state() == ApplicationState.BUREAU_REVIEW) {
            requireOpinion(Step.APPROVE, opinion);
            requireNext(taken(applicationId), Step.APPROVE);
        }
        // elsewhere the workflow refuses it for its state
        return workflow.decide(applicationId, expectedVersion, new Opinion(Action.BUREAU_APPROVE, opinion));
    }

    @Override
    public ApplicationSummary reject(long applicationId, long expectedVersion, String opinion) {
        return workflow.decide(applicationId, expectedVersion, new Opinion(Action.BUREAU_REJECT, opinion));
    }

    private static void requireOpinion(Step step, String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw new DecisionRefusedException(MessageKey.OPINION_REQUIRED, step.label() + "意见");
        }
        if (opinion.length() > Decisions.OPINION_MAX) {
            throw new DecisionRefusedException(MessageKey.TEXT_TOO_LONG, step.label() + "意见", Decisions.OPINION_MAX,
                    opinion.length());
        }
    }

    private static void requireNext(List<BureauStepView> taken, Step step) {
        Step next = next(taken);
        if (next == step) {
            return;
        }
        if (taken.stream().anyMatch(t -> t.step() == step)) {
            throw new DecisionRefusedException(MessageKey.BUREAU_STEP_TAKEN, step.label());
        }
        throw new DecisionRefusedException(MessageKey.BUREAU_STEP_OUT_OF_ORDER, next.label());
    }

    private static Step next(List<BureauStepView> taken) {
        boolean accepted = taken.stream().anyMatch(t -> t.step() == Step.ACCEPT);
        boolean audited = taken.stream().anyMatch(t -> t.step() == Step.AUDIT);
        return !accepted ? Step.ACCEPT : !audited ? Step.AUDIT : Step.APPROVE;
    }

    @SuppressWarnings("unchecked")
    private List<BureauStepView> taken(long applicationId) {
        List<Object[]> rows = em.createNativeQuery("SELECT step, opinion, actor_username, decided_at FROM bureau_step "
                + "WHERE application_id = ? ORDER BY decided_at, id").setParameter(1, applicationId).getResultList();
        return rows.stream().map(r -> new BureauStepView(Step.valueOf((String) r[0]), (String) r[1], (String) r[2],
                r[3] instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) r[3])).toList();
    }
}
