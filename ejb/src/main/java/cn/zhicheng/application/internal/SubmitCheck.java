package cn.zhicheng.application.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.SubmitRejectedException;
import cn.zhicheng.domain.model.application.material.MaterialKind;
import cn.zhicheng.domain.model.application.validation.SubmissionFacts;
import cn.zhicheng.domain.model.application.validation.SubmitValidator;
import cn.zhicheng.domain.model.application.validation.ValidationContext;
import cn.zhicheng.domain.model.application.validation.ValidationResult;
import cn.zhicheng.domain.model.party.Unit;

/**
 * The submit validation (SPEC §3): the rules live in {@link SubmitValidator}; this supplies what they need from
 * the database, in three queries, and turns failures into one refusal naming every failing field.
 *
 * <p>"One specialty per series per review year" compares with the applicant's other applications, which another
 * transaction may be submitting at the same moment (two drafts, two tabs): the applicant's person row is locked
 * first, so that one person's submissions take turns and the second reads the first one's committed state.
 * The window applies to the first submission only; the committee's deadline to the first submission and to a
 * resubmission after a unit return (see {@link ValidationContext#committeeDeadline()}).
 */
@Dependent
public class SubmitCheck {

    private static final SubmitValidator VALIDATOR = new SubmitValidator();
    private static final List<ApplicationState> NOT_COUNTING = List.of(ApplicationState.DRAFT,
            ApplicationState.TERMINATED, ApplicationState.CLOSED_BY_DEADLINE);

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    Deadlines deadlines;

    public void check(Application application, Actor actor, LocalDateTime now) {
        // one person's submissions take turns (the lock is held until the transaction ends)
        em.createNativeQuery("SELECT id FROM person WHERE id = ? FOR UPDATE")
                .setParameter(1, application.getApplicant().getId()).getResultList();
        ValidationResult result = VALIDATOR.validate(application.getForm(), context(application, now));
        if (!result.isValid()) {
            throw new SubmitRejectedException(result.errors());
        }
    }

    private ValidationContext context(Application application, LocalDateTime now) {
        List<ValidationContext.OtherApplication> others = em.createQuery(
                        "SELECT NEW cn.zhicheng.domain.model.application.validation.ValidationContext.OtherApplication("
                                + "a.serialNo, s.title.series.id, s.id, a.summary) FROM Application a JOIN a.specialty s "
                                + "WHERE a.applicant.id = :person AND a.reviewYear.id = :year AND a.id <> :id "
                                + "AND a.state NOT IN :notCounting", ValidationContext.OtherApplication.class)
                .setParameter("person", application.getApplicant().getId())
                .setParameter("year", application.getReviewYear().getId())
                .setParameter("id", application.getId())
                .setParameter("notCounting", NOT_COUNTING)
                .getResultList();
        Set<MaterialKind> uploaded = Set.copyOf(em.createQuery(
                        "SELECT DISTINCT m.kind FROM MaterialFile m WHERE m.applicationId = :id", MaterialKind.class)
                .setParameter("id", application.getId())
                .getResultList());
        boolean first = application.getState() != ApplicationState.RETURNED;
        return new SubmissionFacts(application.getReviewYear(), now, others, uploaded,
                Optional.ofNullable(application.getUnit()).map(Unit::getName), first, bindingDeadline(application, first));
    }

    /** The committee's effective deadline where it binds: first submission, or resubmission after a unit return. */
    private LocalDateTime bindingDeadline(Application application, boolean first) {
        if (application.getReviewYear() == null
                || !first && application.getReturnedFrom() != ApplicationState.UNIT_REVIEW) {
            return null;
        }
        return application.getCommittee() == null ? application.getReviewYear().getOfficeDeadline()
                : deadlines.effective(application.getCommittee().getId(), application.getReviewYear());
    }
}
