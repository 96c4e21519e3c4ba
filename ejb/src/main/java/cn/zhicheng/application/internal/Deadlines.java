package cn.zhicheng.application.internal;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.domain.model.catalogue.CommitteeDeadline;
import cn.zhicheng.domain.model.catalogue.ReviewYear;

/** A committee's effective deadline in a review year: its own, else the review year's office deadline. */
@Dependent
public class Deadlines {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    public LocalDateTime effective(Long committeeId, ReviewYear year) {
        CommitteeDeadline own = em.find(CommitteeDeadline.class, new CommitteeDeadline.Key(committeeId, year.getId()));
        return own != null ? own.getOfficeDeadline() : year.getOfficeDeadline();
    }

    public List<Object[]> committeesAndYears() {
        return em.createQuery("SELECT c.id, y.id FROM Committee c, ReviewYear y", Object[].class).getResultList();
    }
}
