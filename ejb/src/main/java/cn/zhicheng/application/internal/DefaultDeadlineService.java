package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.DeadlineService;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.catalogue.CommitteeDeadline;
import cn.zhicheng.domain.model.catalogue.ReviewYear;
import cn.zhicheng.domain.model.party.Role;

@Stateless
@LocalBean
@RolesAllowed(Role.SYS_ADMIN_NAME)
public class DefaultDeadlineService implements DeadlineService {

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
    public int closeOverdue(long committeeId, int year) {
        ReviewYear reviewYear = reviewYear(year);
        LocalDateTime now = LocalDateTime.now(clock);
        if (now.isBefore(deadlines.effective(committeeId, reviewYear))) {
            return 0;
        }
        // through the container, so that each chunk gets its own transaction
        DefaultDeadlineService self = session.getBusinessObject(DefaultDeadlineService.class);
        int total = 0;
        int closed;
        do {
            closed = self.closeChunk(committeeId, reviewYear.getId());
            total += closed;
        } while (closed == CHUNK);
        return total;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int closeAllOverdue() {
        int total = 0;
        for (Object[] pair : deadlines.committeesAndYears()) {
            ReviewYear year = em.find(ReviewYear.class, pair[1]);
            total += closeOverdue((Long) pair[0], year.getYear());
        }
        return total;
    }

    /** One chunk in its own transaction: each application closed with its history entry. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int closeChunk(long committeeId, long reviewYearId) {
        Actor actor = currentActor.get();
        LocalDateTime now = LocalDateTime.now(clock);
        List<Application> due = em.createQuery("SELECT a FROM Application a WHERE a.committee.id = :committee "
                        + "AND a.reviewYear.id = :year AND (a.state IN :before "
                        + "OR (a.state = :returned AND a.returnedFrom = :unitReview)) ORDER BY a.id", Application.class)
                .setParameter("committee", committeeId)
                .setParameter("year", reviewYearId)
                .setParameter("before", BEFORE_OFFICE)
                .setParameter("returned", ApplicationState.RETURNED)
                .setParameter("unitReview", ApplicationState.UNIT_REVIEW)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(CHUNK)
                .getResultList();
        for (Application application : due) {
            em.persist(application.apply(Action.CLOSE_BY_DEADLINE, actor, now,
                    "已超过评委会办公室受理截止时间，未报送日常工作部门，本年度申报关闭。", List.of()));
        }
        return due.size();
    }

    private ReviewYear reviewYear(int year) {
        return em.createQuery("SELECT y FROM ReviewYear y WHERE y.year = :year", ReviewYear.class)
                .setParameter("year", year).getSingleResult();
    }
}
