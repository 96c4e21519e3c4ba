package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.CatalogueChoice;
import cn.zhicheng.application.CatalogueService;
import cn.zhicheng.application.LevelChoice;
import cn.zhicheng.application.SpecialtyDetails;
import cn.zhicheng.domain.model.catalogue.TitleLevel;
import cn.zhicheng.domain.model.catalogue.UnknownSpecialtyException;

/** The catalogue is public reference data (the manual shows it before login too): open to every caller. */
@Stateless
@PermitAll
@jakarta.interceptor.Interceptors(CatalogueCacheCheck.class) // catalogue edits of any node show at once (admin)
public class DefaultCatalogueService implements CatalogueService {

    private static final String CHOICE = "SELECT NEW cn.zhicheng.application.CatalogueChoice(";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    Clock clock;

    @Override
    public List<CatalogueChoice> series() {
        return em.createQuery(CHOICE + "s.id, s.name) FROM TitleSeries s ORDER BY s.id", CatalogueChoice.class)
                .getResultList();
    }

    @Override
    public List<LevelChoice> levels(long seriesId) {
        return em.createQuery("SELECT DISTINCT t.level FROM Title t WHERE t.series.id = :s", TitleLevel.class)
                .setParameter("s", seriesId).getResultList().stream()
                .sorted(Comparator.naturalOrder()).map(LevelChoice::new).toList();
    }

    @Override
    public List<CatalogueChoice> titles(long seriesId, TitleLevel level) {
        return em.createQuery(CHOICE + "t.id, t.name) FROM Title t WHERE t.series.id = :s AND t.level = :l ORDER BY t.id",
                        CatalogueChoice.class)
                .setParameter("s", seriesId).setParameter("l", level).getResultList();
    }

    @Override
    public List<CatalogueChoice> specialties(long titleId) {
        return em.createQuery(CHOICE + "s.id, s.name) FROM Specialty s WHERE s.title.id = :t ORDER BY s.id",
                        CatalogueChoice.class)
                .setParameter("t", titleId).getResultList();
    }

    @Override
    public SpecialtyDetails specialty(long specialtyId) {
        // the current review year: the latest whose application window has opened (it may have closed since)
        List<SpecialtyDetails> found = em.createQuery("SELECT NEW cn.zhicheng.application.SpecialtyDetails("
                        + "s.id, s.name, t.id, t.name, t.level, r.id, r.name, c.id, c.name, o.id, o.name, s.examMode, "
                        + "y.year, y.applicationStart, y.applicationEnd, y.announcementUrl) "
                        + "FROM Specialty s JOIN s.title t JOIN t.series r JOIN s.committee c JOIN c.office o, ReviewYear y "
                        + "WHERE s.id = :id AND y.applicationStart <= :now ORDER BY y.year DESC", SpecialtyDetails.class)
                .setParameter("id", specialtyId).setParameter("now", LocalDateTime.now(clock))
                .setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            throw new UnknownSpecialtyException();
        }
        return found.get(0);
    }
}
