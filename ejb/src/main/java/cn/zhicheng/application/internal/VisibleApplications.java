package cn.zhicheng.application.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.Page;
import cn.zhicheng.application.UnitItems;
import cn.zhicheng.application.UnitItemsFilter;
import cn.zhicheng.application.UnitTab;
import cn.zhicheng.application.WorkList;
import cn.zhicheng.application.WorkListFilter;
import cn.zhicheng.application.WorkListSort;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.Visibility;

/**
 * The applications an actor may see, in the database: {@link Visibility}'s rule (the same one
 * {@link Application#isVisibleTo} reads in memory) translated into a Criteria predicate, plus the work-list
 * filters, sorting and paging. Every list and count of applications goes through here.
 */
@Dependent
public class VisibleApplications {

    /** The largest page a list hands out. */
    static final int MAX_PAGE_SIZE = 100;

    /** The largest keyset page an export reads at once. */
    static final int EXPORT_PAGE_SIZE = 1000;

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    /** The actor's scope as a predicate on an application root. */
    public static Predicate visibleTo(Actor actor, CriteriaBuilder cb, Root<Application> a) {
        return Visibility.of(actor).read(new CriteriaReading(cb, a));
    }

    /**
     * One page of what the actor sees, and the counts per state: one grouped count (all filters but the states),
     * whose sum over the filter's states is the total, then one query for the rows.
     */
    public WorkList list(Actor actor, WorkListFilter filter, WorkListSort sort, int first, int pageSize) {
        Map<ApplicationState, Long> counts = countByState(actor, filter);
        long total = counts.entrySet().stream()
                .filter(e -> filter.states().isEmpty() || filter.states().contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        int from = Math.max(0, first);
        List<ApplicationSummary> rows = from >= total ? List.of() : rows(actor, filter, sort, from, pageSize);
        return new WorkList(new Page<>(rows, total), counts);
    }

    /**
     * The rows of the filter above a key, ascending by id (the keyset pages of an export): each page starts at an
     * index and ends at the limit, whatever the size of the list.
     */
    public List<ApplicationSummary> after(Actor actor, WorkListFilter filter, Long afterId, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ApplicationSummary> q = cb.createQuery(ApplicationSummary.class);
        Root<Application> a = q.from(Application.class);
        List<Predicate> all = new ArrayList<>(List.of(where(actor, filter, cb, a)));
        if (afterId != null) {
            all.add(cb.greaterThan(a.get("id"), afterId));
        }
        q.select(cb.construct(ApplicationSummary.class, a.get("id"), a.get("serialNo"), a.get("summary"),
                        a.get("applicantName"), a.get("state"), a.get("handlingDept"), a.get("createdAt"),
                        a.get("version"), a.get("certificateNo")))
                .where(all.toArray(new Predicate[0]))
                .orderBy(cb.asc(a.get("id")));
        return em.createQuery(q).setMaxResults(Math.min(Math.max(1, max), EXPORT_PAGE_SIZE)).getResultList();
    }

    /** What the actor sees per state (every state present, 0 if none), all filters but the states: one grouped count. */
    Map<ApplicationState, Long> countByState(Actor actor, WorkListFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<Application> a = q.from(Application.class);
        q.multiselect(a.get("state"), cb.count(a))
                .where(where(actor, filter.withStates(null), cb, a))
                .groupBy(a.get("state"));
        Map<ApplicationState, Long> counts = new EnumMap<>(ApplicationState.class);
        Arrays.stream(ApplicationState.values()).forEach(s -> counts.put(s, 0L));
        for (Object[] row : em.createQuery(q).getResultList()) {
            counts.put((ApplicationState) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private List<ApplicationSummary> rows(Actor actor, WorkListFilter filter, WorkListSort sort, int first,
                                          int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ApplicationSummary> q = cb.createQuery(ApplicationSummary.class);
        Root<Application> a = q.from(Application.class);
        q.select(cb.construct(ApplicationSummary.class, a.get("id"), a.get("serialNo"), a.get("summary"),
                        a.get("applicantName"), a.get("state"), a.get("handlingDept"), a.get("createdAt"),
                        a.get("version"), a.get("certificateNo")))
                .where(where(actor, filter, cb, a))
                .orderBy(order(sort == null ? WorkListSort.NEWEST_SUBMITTED : sort, cb, a));
        return em.createQuery(q).setFirstResult(first)
                .setMaxResults(Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE)).getResultList();
    }

    private static Predicate[] where(Actor actor, WorkListFilter f, CriteriaBuilder cb, Root<Application> a) {
        List<Predicate> all = new ArrayList<>();
        all.add(visibleTo(actor, cb, a));
        if (!f.states().isEmpty()) {
            all.add(a.get("state").in(f.states()));
        }
        if (f.serialPrefix() != null) {
            all.add(cb.like(a.get("serialNo"), startsWith(f.serialPrefix()), '\\'));
        }
        if (f.applicant() != null) {
            all.add(cb.or(cb.like(a.get("applicantName"), startsWith(f.applicant()), '\\'),
                    cb.equal(a.get("applicant").get("idNumber"), f.applicant())));
        }
        if (f.seriesId() != null) {
            all.add(cb.equal(a.get("specialty").get("title").get("series").get("id"), f.seriesId()));
        }
        if (f.submittedFrom() != null) {
            all.add(cb.greaterThanOrEqualTo(a.get("submittedAt"), f.submittedFrom().atStartOfDay()));
        }
        if (f.submittedTo() != null) {
            all.add(cb.lessThan(a.get("submittedAt"), f.submittedTo().plusDays(1).atStartOfDay()));
        }
        return all.toArray(new Predicate[0]);
    }

    private static List<Order> order(WorkListSort sort, CriteriaBuilder cb, Root<Application> a) {
        Expression<?> key = switch (sort.column()) {
            case SERIAL_NO -> a.get("serialNo");
            case APPLICANT_NAME -> a.get("applicantName");
            case STAGE -> stageOrder(cb, a);
            case HANDLING_DEPT -> a.get("handlingDept");
            case CREATED_AT -> a.get("createdAt");
            case SUBMITTED_AT -> a.get("submittedAt");
            case UPDATED_AT -> a.get("updatedAt");
        };
        // the id breaks ties, so that consecutive pages neither repeat nor skip a row
        return sort.ascending() ? List.of(cb.asc(key), cb.asc(a.get("id"))) : List.of(cb.desc(key), cb.desc(a.get("id")));
    }

    /** The stage bar's order (then 退回修改 and the final states), not the names' alphabetical order. */
    private static Expression<Integer> stageOrder(CriteriaBuilder cb, Root<Application> a) {
        // searched CASE with equal(): a simple CASE on the enum path would bind ordinals, not the stored names
        CriteriaBuilder.Case<Integer> order = cb.selectCase();
        List<ApplicationState> bar = new ArrayList<>(List.of(ApplicationState.stageBar()));
        Arrays.stream(ApplicationState.values()).filter(s -> !bar.contains(s)).forEach(bar::add);
        for (int i = 0; i < bar.size(); i++) {
            order.when(cb.equal(a.get("state"), bar.get(i)), i);
        }
        return order.otherwise(bar.size());
    }

    private static String startsWith(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    // ---- 单位事项 (the unit's all-items list, unit): the same scope, its own search and tabs

    /**
     * One page of 单位事项 and its tab counts: one grouped count by state (the search without the tab) folded into
     * the tabs, then the rows of the chosen tab, newest submitted first.
     */
    public UnitItems unitItems(Actor actor, UnitItemsFilter filter, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<Application> a = q.from(Application.class);
        q.multiselect(a.get("state"), cb.count(a)).where(unitItemsWhere(actor, filter, cb, a)).groupBy(a.get("state"));
        Map<UnitTab, Long> counts = new EnumMap<>(UnitTab.class);
        Arrays.stream(UnitTab.values()).forEach(t -> counts.put(t, 0L));
        for (Object[] row : em.createQuery(q).getResultList()) {
            long n = ((Number) row[1]).longValue();
            counts.merge(UnitTab.of((ApplicationState) row[0]), n, Long::sum);
            counts.merge(UnitTab.ALL, n, Long::sum);
        }
        long total = counts.get(filter.tab());
        int from = Math.max(0, first);
        List<ApplicationSummary> rows = List.of();
        if (from < total) {
            CriteriaQuery<ApplicationSummary> r = cb.createQuery(ApplicationSummary.class);
            Root<Application> b = r.from(Application.class);
            List<Predicate> where = new ArrayList<>(List.of(unitItemsWhere(actor, filter, cb, b)));
            if (filter.tab() != UnitTab.ALL) {
                where.add(b.get("state").in(filter.tab().states()));
            }
            r.select(cb.construct(ApplicationSummary.class, b.get("id"), b.get("serialNo"), b.get("summary"),
                            b.get("applicantName"), b.get("state"), b.get("handlingDept"), b.get("createdAt"),
                            b.get("version"), b.get("certificateNo")))
                    .where(where.toArray(new Predicate[0]))
                    .orderBy(order(WorkListSort.NEWEST_SUBMITTED, cb, b));
            rows = em.createQuery(r).setFirstResult(from)
                    .setMaxResults(Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE)).getResultList();
        }
        return new UnitItems(new Page<>(rows, total), counts);
    }

    /** The rows of 单位事项 (search and tab) above a key, ascending by id: the keyset pages of its export. */
    public List<ApplicationSummary> unitItemsAfter(Actor actor, UnitItemsFilter filter, Long afterId, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ApplicationSummary> r = cb.createQuery(ApplicationSummary.class);
        Root<Application> b = r.from(Application.class);
        List<Predicate> where = new ArrayList<>(List.of(unitItemsWhere(actor, filter, cb, b)));
        if (filter.tab() != UnitTab.ALL) {
            where.add(b.get("state").in(filter.tab().states()));
        }
        if (afterId != null) {
            where.add(cb.greaterThan(b.get("id"), afterId));
        }
        r.select(cb.construct(ApplicationSummary.class, b.get("id"), b.get("serialNo"), b.get("summary"),
                        b.get("applicantName"), b.get("state"), b.get("handlingDept"), b.get("createdAt"),
                        b.get("version"), b.get("certificateNo")))
                .where(where.toArray(new Predicate[0]))
                .orderBy(cb.asc(b.get("id")));
        return em.createQuery(r).setMaxResults(Math.min(Math.max(1, max), 1000)).getResultList();
    }

    private static Predicate[] unitItemsWhere(Actor actor, UnitItemsFilter f, CriteriaBuilder cb, Root<Application> a) {
        List<Predicate> all = new ArrayList<>();
        all.add(visibleTo(actor, cb, a));
        if (f.itemName() != null && !ApplicationSummary.ITEM_NAME.contains(f.itemName())) {
            // the one business item of this product does not match the typed 事项名称
            all.add(cb.isNull(a.get("id")));
        }
        if (f.serialPrefix() != null) {
            all.add(cb.like(a.get("serialNo"), startsWith(f.serialPrefix()), '\\'));
        }
        if (f.summary() != null) {
            all.add(cb.like(a.get("summary"), "%" + startsWith(f.summary()), '\\'));
        }
        return all.toArray(new Predicate[0]);
    }

    /** {@link Visibility}'s conditions as Criteria predicates. */
    private record CriteriaReading(CriteriaBuilder cb, Root<Application> a) implements Visibility.Interpreter<Predicate> {

        @Override
        public Predicate nothing() {
            // the id is never null: a portable "no row" that every provider renders
            return cb.isNull(a.get("id"));
        }

        @Override
        public Predicate and(List<Predicate> all) {
            return all.isEmpty() ? cb.isNotNull(a.get("id")) : cb.and(all.toArray(new Predicate[0]));
        }

        @Override
        public Predicate applicantIs(long personId) {
            return cb.equal(a.get("applicant").get("id"), personId);
        }

        @Override
        public Predicate sentToUnit(long unitId) {
            return cb.equal(a.get("unit").get("id"), unitId);
        }

        @Override
        public Predicate atCommitteeOf(long officeId) {
            return cb.equal(a.get("committee").get("office").get("id"), officeId);
        }

        @Override
        public Predicate notInState(ApplicationState state) {
            return cb.notEqual(a.get("state"), state);
        }

        @Override
        public Predicate submitted() {
            return cb.isNotNull(a.get("submittedAt"));
        }

        @Override
        public Predicate reachedOffice() {
            return cb.isNotNull(a.get("reachedOfficeAt"));
        }

        @Override
        public Predicate readByExpert(String username) {
            return cb.isMember(username, a.<java.util.Set<String>>get("expertReaders"));
        }
    }
}
