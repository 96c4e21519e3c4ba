package cn.zhicheng.application.internal;

import cn.zhicheng.domain.model.catalogue.Committee;
import cn.zhicheng.domain.model.catalogue.Office;
import cn.zhicheng.domain.model.catalogue.Specialty;
import cn.zhicheng.domain.model.catalogue.Title;
import cn.zhicheng.domain.model.catalogue.TitleSeries;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps this node's shared cache of the {@code @Cacheable} catalogue in step with edits made on any node: every
 * catalogue edit raises {@code catalogue_revision} in its transaction ({@link #raiseRevision}); before a service that
 * reads catalogue entities runs, this interceptor reads the revision (one primary-key read) and, when it differs from
 * the one this node last saw, evicts the catalogue classes, so they are read again from the database. The node that
 * made the edit has its cache merged by EclipseLink at commit already.
 */
public class CatalogueCacheCheck {

    /** The catalogue entities kept in the shared cache (persistence.xml: ENABLE_SELECTIVE). */
    static final List<Class<?>> CACHED = List.of(TitleSeries.class, Title.class, Specialty.class, Committee.class,
            Office.class);

    /** The revision this node's cache reflects (one deployment per node: a static is per node). */
    private static final AtomicLong SEEN = new AtomicLong(-1);

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @AroundInvoke
    public Object freshen(InvocationContext call) throws Exception {
        long revision = ((Number) em.createNativeQuery("SELECT revision FROM catalogue_revision WHERE id = 1")
                .getSingleResult()).longValue();
        long seen = SEEN.get();
        if (seen != revision && SEEN.compareAndSet(seen, revision)) {
            CACHED.forEach(type -> em.getEntityManagerFactory().getCache().evict(type));
        }
        return call.proceed();
    }

    /** In the edit's transaction: the next catalogue read of every node (this one included) sees a new revision. */
    static void raiseRevision(EntityManager em) {
        em.createNativeQuery("UPDATE catalogue_revision SET revision = revision + 1 WHERE id = 1").executeUpdate();
    }
}
