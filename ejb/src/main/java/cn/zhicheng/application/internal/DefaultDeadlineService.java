package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.DeadlineService;
import cn.zhicheng.application.decision.DeadlineClosure;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.ConcurrentUpdateException;
import cn.zhicheng.domain.model.application.IllegalTransitionException;
import cn.zhicheng.domain.model.catalogue.CommitteeDeadline;
import cn.zhicheng.domain.model.catalogue.ReviewYear;
import cn.zhicheng.domain.model.party.Role;

/** Deadlines are set by the system administrator; closing is the platform's own action (role SYSTEM only). */
@Stateless
@LocalBean
@DeclareRoles(Role.SYSTEM_NAME)
@RolesAllowed(Role.SYS_ADMIN_NAME)
public class DefaultDeadlineService implements DeadlineService {

    private static final Logger LOG = Logger.getLogger(DefaultDeadlineService.class.getName());

    /** Applications closed per transaction: bounded work and locks, whatever the year's volume. */
    static final int CHUNK = 200;

    private static final List<ApplicationState> BEFORE_OFFICE = List.of(ApplicationState.DRAFT,
            ApplicationState.UNIT_REVIEW, ApplicationState.UNIT_PRE_PUBLICITY);

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    CurrentActor currentActor;

    @Inject
    Deadlines deadlines;

    @Inject
    Transitions transitions;

    @Inject
    Clock clock;

    @Override
    public void moveDeadline(long committeeId, int year, LocalDateTime deadline) {
        ReviewYear reviewYear = reviewYear(year);
        CommitteeDeadline own = em.find(CommitteeDeadline.class, new CommitteeDeadline.Key(committeeId, reviewYear.getId()));
        if (own == null) {
            em.persist(new CommitteeDeadline(committeeId, reviewYear.getId(), deadline));
        } else {
            own.moveTo(deadline);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(Role.SYSTEM_NAME)
    public int closeOverdue(long committeeId, int year) {
        ReviewYear reviewYear = reviewYear(year);
        LocalDateTime now = LocalDateTime.now(clock);
        if (now.isBefore(deadlines.effective(committeeId, reviewYear))) {
            return 0;
        }
        // through the container, so that each chunk gets its own transaction
        DefaultDeadlineService self = session.getBusinessObject(DefaultDeadlineService.class);
        int total = 0;
        int skipped = 0;
        ClosureCount chunk;
        do {
            chunk = self.closeChunk(committeeId, reviewYear.getId());
            total += chunk.closed();
            skipped += chunk.skipped();
        } while (chunk.selected() == CHUNK);
        if (skipped > 0) {
            LOG.info("deadline closure of committee " + committeeId + ", " + year + ": " + skipped
                    + " skipped (changed since selected)");
        }
        return total;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(Role.SYSTEM_NAME)
    public int closeAllOverdue() {
        int total = 0;
        for (Object[] pair : deadlines.committeesAndYears()) {
            ReviewYear year = em.find(ReviewYear.class, pair[1]);
            total += closeOverdue((Long) pair[0], year.getYear());
        }
        return total;
    }

    /**
     * One chunk in its own transaction: each selected application closed through the transition path, with its
     * history entry and decision record. A row that changed since it was selected (no longer closable, or its
     * version moved) is skipped, not fatal to the chunk.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed(Role.SYSTEM_NAME)
    public ClosureCount closeChunk(long committeeId, long reviewYearId) {
        // ids and versions first (paged), then each row locked by the path: H2 cannot combine FOR UPDATE with a limit
        List<Selected> due = em.createQuery("SELECT a.id, a.version FROM Application a WHERE a.committee.id = :committee "
                        + "AND a.reviewYear.id = :year AND (a.state IN :before "
                        + "OR (a.state = :returned AND a.returnedFrom = :unitReview)) ORDER BY a.id", Object[].class)
                .setParameter("committee", committeeId)
                .setParameter("year", reviewYearId)
                .setParameter("before", BEFORE_OFFICE)
                .setParameter("returned", ApplicationState.RETURNED)
                .setParameter("unitReview", ApplicationState.UNIT_REVIEW)
                .setMaxResults(CHUNK)
                .getResultList().stream().map(r -> new Selected((Long) r[0], ((Number) r[1]).longValue())).toList();
        return close(due);
    }

    /** Closes applications as selected (id and the version seen); those changed since are counted as skipped. */
    @RolesAllowed(Role.SYSTEM_NAME)
    public ClosureCount close(List<Selected> selected) {
        Actor actor = currentActor.get();
        int closed = 0;
        int skipped = 0;
        for (Selected s : selected) {
            try {
                transitions.take(actor, s.id(), s.version(), new DeadlineClosure());
                closed++;
            } catch (ConcurrentUpdateException | IllegalTransitionException | ApplicationNotFoundException changed) {
                // thrown by the path (a CDI bean), so the chunk's transaction is not marked for rollback
                skipped++;
            }
        }
        return new ClosureCount(selected.size(), closed, skipped);
    }

    /** An application selected for closure, with the version it had when selected. */
    public record Selected(long id, long version) {
    }

    /** What one chunk did: how many rows it selected, closed, and skipped because they had changed. */
    public record ClosureCount(int selected, int closed, int skipped) {
    }

    private ReviewYear reviewYear(int year) {
        return em.createQuery("SELECT y FROM ReviewYear y WHERE y.year = :year", ReviewYear.class)
                .setParameter("year", year).getSingleResult();
    }
}
