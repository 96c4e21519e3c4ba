package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import cn.zhicheng.application.CloseCount;
import cn.zhicheng.application.CutoffDeadline;
import cn.zhicheng.application.DeadlineMoved;
import cn.zhicheng.application.DeadlineService;
import cn.zhicheng.application.decision.DeadlineClosure;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.ConcurrentUpdateException;
import cn.zhicheng.domain.model.application.IllegalTransitionException;
import cn.zhicheng.domain.model.catalogue.CommitteeDeadline;
import cn.zhicheng.domain.model.catalogue.DeadlineCutoff;
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

    private static final List<ApplicationState> BEFORE_OFFICE = List.copyOf(ApplicationState.beforeOffice());

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

    @Inject
    Event<DeadlineMoved> deadlineMoved;

    @Override
    public void moveDeadline(long committeeId, int year, LocalDateTime deadline) {
        ReviewYear reviewYear = reviewYear(year);
        CommitteeDeadline own = em.find(CommitteeDeadline.class, new CommitteeDeadline.Key(committeeId, reviewYear.getId()));
        if (own == null) {
            em.persist(new CommitteeDeadline(committeeId, reviewYear.getId(), deadline));
        } else {
            own.moveTo(deadline);
        }
        // observed after commit by the cut-off's scheduler, which moves the deadline's timer
        deadlineMoved.fire(new DeadlineMoved(committeeId, year));
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
        List<Selected> due = overdue("SELECT a.id, a.version FROM Application a WHERE ", committeeId,
                em.find(ReviewYear.class, reviewYearId), Object[].class)
                .setParameter("after", 0L)
                .setMaxResults(CHUNK)
                .getResultList().stream().map(Selected::of).toList();
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

        /** From a row of {@code SELECT a.id, a.version}. */
        static Selected of(Object[] row) {
            return new Selected((Long) row[0], ((Number) row[1]).longValue());
        }
    }

    /** What one chunk did: how many rows it selected, closed, and skipped because they had changed. */
    public record ClosureCount(int selected, int closed, int skipped) {
    }

    // ---- the steps of the deadline-cutoff batch job; new methods only, the ones above stay as they are

    @Override
    @RolesAllowed({Role.SYS_ADMIN_NAME, Role.SYSTEM_NAME})
    public List<CutoffDeadline> cutoffDeadlines() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<ReviewYear> years = em.createQuery("SELECT y FROM ReviewYear y ORDER BY y.year", ReviewYear.class)
                .getResultList();
        List<Long> committees = em.createQuery("SELECT c.id FROM Committee c ORDER BY c.id", Long.class)
                .getResultList();
        // four queries in all, whatever the number of committees and years
        Map<List<Long>, LocalDateTime> own = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT d.key.committeeId, d.key.reviewYearId, d.officeDeadline "
                + "FROM CommitteeDeadline d", Object[].class).getResultList()) {
            own.put(List.of((Long) row[0], (Long) row[1]), (LocalDateTime) row[2]);
        }
        List<DeadlineCutoff> done = em.createQuery("SELECT c FROM DeadlineCutoff c", DeadlineCutoff.class)
                .getResultList();
        List<CutoffDeadline> result = new ArrayList<>();
        for (ReviewYear year : years) {
            result.add(cutoffDeadline(null, year, year.getOfficeDeadline(), done, now));
            for (Long committee : committees) {
                LocalDateTime deadline = own.getOrDefault(List.of(committee, year.getId()), year.getOfficeDeadline());
                result.add(cutoffDeadline(committee, year, deadline, done, now));
            }
        }
        return result;
    }

    @Override
    @RolesAllowed({Role.SYS_ADMIN_NAME, Role.SYSTEM_NAME})
    public CutoffDeadline cutoffDeadline(Long committeeId, int year) {
        ReviewYear reviewYear = reviewYear(year);
        LocalDateTime deadline = committeeId == null ? reviewYear.getOfficeDeadline()
                : deadlines.effective(committeeId, reviewYear);
        List<DeadlineCutoff> done = em.createQuery("SELECT c FROM DeadlineCutoff c WHERE c.reviewYearId = :year "
                        + "AND c.deadline = :deadline", DeadlineCutoff.class)
                .setParameter("year", reviewYear.getId()).setParameter("deadline", deadline).getResultList();
        return cutoffDeadline(committeeId, reviewYear, deadline, done, LocalDateTime.now(clock));
    }

    private static CutoffDeadline cutoffDeadline(Long committeeId, ReviewYear year, LocalDateTime deadline,
                                                 List<DeadlineCutoff> done, LocalDateTime now) {
        LocalDateTime doneAt = done.stream()
                .filter(d -> d.getReviewYearId().equals(year.getId()) && Objects.equals(d.getCommitteeId(), committeeId)
                        && d.getDeadline().equals(deadline))
                .map(DeadlineCutoff::getDoneAt).findFirst().orElse(null);
        return new CutoffDeadline(committeeId, year.getYear(), deadline, Duration.between(now, deadline), doneAt);
    }

    @Override
    @RolesAllowed({Role.SYS_ADMIN_NAME, Role.SYSTEM_NAME})
    public List<Long> overdueIds(Long committeeId, int year, long afterId, int max) {
        if (!cutoffDeadline(committeeId, year).passed()) {
            return List.of();
        }
        ReviewYear reviewYear = reviewYear(year);
        return overdue("SELECT a.id FROM Application a WHERE ", committeeId, reviewYear, Long.class)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    @RolesAllowed({Role.SYS_ADMIN_NAME, Role.SYSTEM_NAME})
    public long overdueCount(Long committeeId, int year) {
        if (!cutoffDeadline(committeeId, year).passed()) {
            return 0;
        }
        // the one definition of overdue, counted (its ORDER BY has no meaning for a count and is cut)
        return overdue("SELECT COUNT(a) FROM Application a WHERE ", committeeId, reviewYear(year), Long.class,
                false).setParameter("after", 0L).getSingleResult();
    }

    @Override
    @RolesAllowed({Role.SYS_ADMIN_NAME, Role.SYSTEM_NAME})
    public CloseCount close(List<Long> ids, Long committeeId, int year) {
        if (ids.isEmpty() || !cutoffDeadline(committeeId, year).passed()) {
            return new CloseCount(0, ids.size());
        }
        // the overdue condition again, with the versions as they are now: a row changed since it was read is skipped
        List<Selected> still = overdue("SELECT a.id, a.version FROM Application a WHERE a.id IN :ids AND ", committeeId,
                reviewYear(year), Object[].class)
                .setParameter("ids", ids)
                .setParameter("after", 0L)
                .getResultList().stream().map(Selected::of).toList();
        ClosureCount count = close(still);
        return new CloseCount(count.closed(), ids.size() - count.closed());
    }

    /** The cut-off's one definition of "overdue", for a committee or (null) the drafts without a specialty. */
    private <T> TypedQuery<T> overdue(String select, Long committeeId, ReviewYear year,
                                                            Class<T> type) {
        return overdue(select, committeeId, year, type, true);
    }

    private <T> TypedQuery<T> overdue(String select, Long committeeId, ReviewYear year, Class<T> type,
                                      boolean ordered) {
        String jpql = select + "a.reviewYear.id = :year AND a.id > :after AND " + (committeeId == null
                ? "a.committee IS NULL AND a.state = :draft"
                : "a.committee.id = :committee AND (a.state IN :before "
                        + "OR (a.state = :returned AND a.returnedFrom = :unitReview))")
                + (ordered ? " ORDER BY a.id" : "");
        TypedQuery<T> query = em.createQuery(jpql, type).setParameter("year", year.getId());
        if (committeeId == null) {
            return query.setParameter("draft", ApplicationState.DRAFT);
        }
        return query.setParameter("committee", committeeId)
                .setParameter("before", BEFORE_OFFICE)
                .setParameter("returned", ApplicationState.RETURNED)
                .setParameter("unitReview", ApplicationState.UNIT_REVIEW);
    }

    @Override
    @RolesAllowed({Role.SYS_ADMIN_NAME, Role.SYSTEM_NAME})
    public boolean markDone(Long committeeId, int year, LocalDateTime deadline, CloseCount total, long executionId,
                            String requestedBy) {
        // the year's row lock serialises two runs finishing together, so one deadline is recorded once
        ReviewYear reviewYear = em.find(ReviewYear.class, reviewYear(year).getId(), LockModeType.PESSIMISTIC_WRITE);
        boolean recorded = em.createQuery("SELECT c FROM DeadlineCutoff c WHERE c.reviewYearId = :year "
                        + "AND c.deadline = :deadline", DeadlineCutoff.class)
                .setParameter("year", reviewYear.getId()).setParameter("deadline", deadline).getResultList().stream()
                .anyMatch(c -> Objects.equals(c.getCommitteeId(), committeeId));
        if (recorded) {
            return false;
        }
        String doneBy = session.isCallerInRole(Role.SYSTEM_NAME) ? Role.SYSTEM_NAME
                : session.getCallerPrincipal().getName();
        em.persist(new DeadlineCutoff(reviewYear.getId(), committeeId, deadline, total.closed(), total.skipped(),
                executionId, requestedBy, doneBy, LocalDateTime.now(clock)));
        return true;
    }

    private ReviewYear reviewYear(int year) {
        return em.createQuery("SELECT y FROM ReviewYear y WHERE y.year = :year", ReviewYear.class)
                .setParameter("year", year).getSingleResult();
    }
}
