package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.BureauStepView;
import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.CalendarService;
import cn.zhicheng.application.decision.CertificateIssue;
import cn.zhicheng.application.decision.Decision;
import cn.zhicheng.application.decision.Decisions;
import cn.zhicheng.application.decision.DecisionContext;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.application.decision.DecisionRefusedException;
import cn.zhicheng.application.decision.MeetingResult;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ActionNotPermittedException;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.ApplicationTransitioned;
import cn.zhicheng.domain.model.application.IllegalTransitionException;
import cn.zhicheng.domain.model.application.Workflow;
import cn.zhicheng.domain.model.application.WorkflowException;
import cn.zhicheng.domain.model.audit.SecurityEvent;
import cn.zhicheng.domain.model.decision.DecisionRecord;
import cn.zhicheng.domain.model.history.HistoryEntry;
import cn.zhicheng.domain.model.review.MeetingApplication;
import cn.zhicheng.domain.model.review.MeetingStatus;
import cn.zhicheng.domain.model.review.Tally;
import cn.zhicheng.infrastructure.security.SecurityAudit;

/**
 * The one path by which an application changes state, for every caller (the workflow service, the deadline
 * closure, the demo loader): open under lock → permit (role, scope, state) → the decision's own guard → apply →
 * persist the history entry and the decision's record → fire {@link ApplicationTransitioned}. Runs in the caller's
 * transaction, so all of it commits or none; a refusal is recorded by {@link SecurityAudit} in its own.
 */
@Dependent
public class Transitions {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    ApplicationLocks locks;

    @Inject
    SubmitCheck submitCheck;

    @Inject
    Deadlines deadlines;

    @Inject
    CalendarService calendar;

    @Inject
    CertificateNumbers certificateNumbers;

    @Inject
    SecurityAudit audit;

    @Inject
    Event<ApplicationTransitioned> transitioned;

    @Inject
    Clock clock;

    /**
     * The actor takes the decision on the application they opened at {@code expectedVersion}.
     *
     * @throws WorkflowException when refused; nothing is written then but the refusal's security record
     */
    public ApplicationSummary take(Actor actor, long applicationId, long expectedVersion, Decision decision) {
        Objects.requireNonNull(decision, "decision");
        Action action = decision.action();
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            // a role that can never take this action is refused before anything is read
            if (!Workflow.roleMayTake(actor.role(), action)) {
                throw new ActionNotPermittedException(actor.role(), action);
            }
            Application application = locks.lock(applicationId, expectedVersion, a -> a.isVisibleTo(actor));
            // the table first (role, scope, state): a decision in a wrong state is refused for its state
            application.permit(action, actor);
            Guarding context = new Guarding(application, actor, now);
            Decisions.checkLengths(decision);
            decision.check(context);
            String certificateNo = null;
            if (decision instanceof CertificateIssue) {
                certificateNo = certificateNumbers.next(application, now);
                application.recordCertificate(certificateNo);
            }
            HistoryEntry entry = application.apply(action, actor, now, decision.opinion(), List.of());
            em.persist(entry);
            // the history entry's id links the decision's record to it
            em.flush();
            em.persist(DecisionRecords.of(decision, new DecisionRecord.Header(application.getId(), entry.getId(),
                    action, now, actor.username(), actor.role(), decision.opinion()), context.workingDays,
                    certificateNo));
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

    /** What a decision's guard may ask, answered for the application being decided. */
    private final class Guarding implements DecisionContext {

        private final Application application;
        private final Actor actor;
        private final LocalDateTime now;
        /** The last working-day count a guard asked for (a publicity's length), kept in its record. */
        private int workingDays;

        Guarding(Application application, Actor actor, LocalDateTime now) {
            this.application = application;
            this.actor = actor;
            this.now = now;
        }

        @Override
        public LocalDateTime now() {
            return now;
        }

        @Override
        public int workingDaysBetween(LocalDate from, LocalDate to) {
            workingDays = calendar.workingDaysBetween(from, to);
            return workingDays;
        }

        @Override
        public void checkSubmission() {
            submitCheck.check(application, actor, now);
        }

        @Override
        public void requireMaterial(cn.zhicheng.domain.model.application.material.MaterialKind kind) {
            // a unit-side material required by the transition it belongs to
            long files = em.createQuery("SELECT COUNT(m) FROM MaterialFile m WHERE m.applicationId = :id "
                            + "AND m.kind = :kind", Long.class)
                    .setParameter("id", application.getId()).setParameter("kind", kind).getSingleResult();
            if (files == 0) {
                throw new DecisionRefusedException(MessageKey.MATERIAL_UNIT_REQUIRED, kind);
            }
        }

        @Override
        public void requireBureauSteps() {
            // 受理 then 审核 (DefaultBureauService records them in order): 审批 needs both
            for (BureauStepView.Step step : List.of(BureauStepView.Step.ACCEPT, BureauStepView.Step.AUDIT)) {
                Number taken = (Number) em.createNativeQuery("SELECT COUNT(*) FROM bureau_step WHERE application_id = ? "
                        + "AND step = ?").setParameter(1, application.getId()).setParameter(2, step.name())
                        .getSingleResult();
                if (taken.longValue() == 0) {
                    throw new DecisionRefusedException(MessageKey.BUREAU_STEP_OUT_OF_ORDER, step.label());
                }
            }
        }

        @Override
        public void checkBeforeCommitteeDeadline() {
            LocalDateTime deadline = deadline();
            if (deadline != null && !now.isBefore(deadline)) {
                throw new IllegalTransitionException(MessageKey.DEADLINE_PASSED, application.getSerialNo(),
                        deadline.format(MINUTE));
            }
        }

        @Override
        public void checkCommitteeDeadlinePassed() {
            LocalDateTime deadline = deadline();
            if (deadline == null || now.isBefore(deadline)) {
                throw new DecisionRefusedException(MessageKey.DEADLINE_NOT_REACHED,
                        deadline == null ? "未设定" : deadline.format(MINUTE));
            }
        }

        @Override
        public void checkMeetingBallot(MeetingResult result) {
            List<MeetingApplication> seats = em.createQuery(
                            "SELECT s FROM MeetingApplication s WHERE s.applicationId = :id", MeetingApplication.class)
                    .setParameter("id", application.getId()).getResultList();
            if (seats.isEmpty()) {
                return;
            }
            MeetingApplication seat = seats.get(0);
            Tally tally = seat.getTally();
            boolean fromBallot = seat.getMeeting().getStatus() == MeetingStatus.CLOSED && tally != null
                    && tally.eligible() == result.present() && tally.inFavour() == result.inFavour()
                    && tally.against() == result.against() && tally.abstained() == result.abstained()
                    && tally.passed() == result.passed();
            if (!fromBallot) {
                throw new DecisionRefusedException(MessageKey.MEETING_RESULT_NOT_FROM_BALLOT, application.getSerialNo());
            }
        }

        /** The committee's own deadline for the year, else the year's; without a committee, the year's. */
        private LocalDateTime deadline() {
            if (application.getReviewYear() == null) {
                return null;
            }
            return application.getCommittee() == null ? application.getReviewYear().getOfficeDeadline()
                    : deadlines.effective(application.getCommittee().getId(), application.getReviewYear());
        }
    }
}
