package cn.zhicheng.infrastructure.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
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
 * What a demo step requires before it, recorded as the users would have: the unit's signed form (单位承诺书 before
 * 单位审核通过, 公示情况表 before a publicity result, as uploaded) and the bureau's 受理 and 审核 before 审批. Every demo
 * class that drives applications calls {@link #before} ahead of each step, so that the transitions' requirements hold
 * for the demo too.
 */
@Dependent
public class DemoStepPrerequisites {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    MaterialStore store;

    /** Records what the step requires, unless the application has it already. */
    public void before(Application application, Action step, LocalDateTime now) {
        if (step == Action.BUREAU_APPROVE) {
            for (String[] s : new String[][] {{"ACCEPT", "材料齐全，予以受理。"}, {"AUDIT", "经审核，符合评审结果。"}}) {
                Number present = (Number) em.createNativeQuery("SELECT COUNT(*) FROM bureau_step WHERE application_id = ? "
                        + "AND step = ?").setParameter(1, application.getId()).setParameter(2, s[0]).getSingleResult();
                if (present.longValue() == 0) {
                    em.createNativeQuery("INSERT INTO bureau_step (application_id, step, opinion, actor_username, "
                                    + "decided_at) VALUES (?, ?, ?, 'bureau', ?)")
                            .setParameter(1, application.getId()).setParameter(2, s[0]).setParameter(3, s[1])
                            .setParameter(4, Timestamp.valueOf(now.minusHours(2))).executeUpdate();
                }
            }
        }
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
