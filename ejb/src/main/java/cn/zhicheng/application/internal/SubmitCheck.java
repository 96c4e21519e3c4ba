package cn.zhicheng.application.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
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
 */
@Dependent
public class SubmitCheck {

    private static final SubmitValidator VALIDATOR = new SubmitValidator();
    private static final List<ApplicationState> NOT_COUNTING = List.of(ApplicationState.DRAFT,
            ApplicationState.TERMINATED, ApplicationState.CLOSED_BY_DEADLINE);

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    public void check(Application application, Actor actor, LocalDateTime now) {
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
        return new SubmissionFacts(application.getReviewYear(), now, others, uploaded,
                Optional.ofNullable(application.getUnit()).map(Unit::getName));
    }
}
