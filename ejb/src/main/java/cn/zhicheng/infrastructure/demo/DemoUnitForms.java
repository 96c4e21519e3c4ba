package cn.zhicheng.infrastructure.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.material.MaterialFile;
import cn.zhicheng.domain.model.application.material.MaterialKind;
import cn.zhicheng.infrastructure.storage.MaterialStore;

/**
 * The unit's signed form a demo step requires (单位承诺书 before 单位审核通过, 公示情况表 before a publicity result),
 * stored as the unit would have uploaded it: every demo class that drives applications through the unit's stages
 * calls {@link #before} ahead of each step, so that the transitions' material requirements hold for the demo too.
 */
@Dependent
public class DemoUnitForms {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    MaterialStore store;

    /** Stores the form the step requires, unless the application has it already. */
    public void before(Application application, Action step, LocalDateTime now) {
        MaterialKind.requiredBy(step).ifPresent(kind -> {
            Long present = em.createQuery("SELECT COUNT(m) FROM MaterialFile m WHERE m.applicationId = :id AND m.kind = :kind",
                    Long.class).setParameter("id", application.getId()).setParameter("kind", kind).getSingleResult();
            if (present == 0) {
                em.persist(new MaterialFile(application.getId(), null, application.getUnit().getId(), kind,
                        kind.label() + ".pdf", PDF.length, store.put(PDF), "demo", now.minusDays(1)));
            }
        });
    }
}
