package cn.zhicheng.application.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.ApplicationTransitioned;

/**
 * The form as it stood when the office returned it (评前审核退回修改), kept with the return's decision record in the
 * return's own transaction, so that after resubmission the office sees what changed since.
 */
@Dependent
public class ReturnSnapshots {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    /** Runs in the transition's transaction, after its history entry and decision record are written. */
    void onReturn(@Observes ApplicationTransitioned event) {
        if (event.action() != Action.OFFICE_PRE_RETURN) {
            return;
        }
        Application application = em.find(Application.class, event.applicationId());
        Long decisionId = latestReturn(event.applicationId());
        if (application == null || decisionId == null) {
            return;
        }
        for (Map.Entry<String, String> field : FormFields.flatten(FormAssembler.toView(application)).entrySet()) {
            em.createNativeQuery("INSERT INTO return_snapshot_field (decision_id, application_id, field_key, field_value) "
                            + "VALUES (?, ?, ?, ?)")
                    .setParameter(1, decisionId).setParameter(2, event.applicationId())
                    .setParameter(3, field.getKey()).setParameter(4, field.getValue())
                    .executeUpdate();
        }
    }

    /** The office's latest return of the application (its decision record's id), or null. */
    Long latestReturn(long applicationId) {
        List<Long> ids = em.createQuery("SELECT d.id FROM DecisionRecord d WHERE d.applicationId = :id "
                        + "AND d.action = :action ORDER BY d.decidedAt DESC, d.id DESC", Long.class)
                .setParameter("id", applicationId).setParameter("action", Action.OFFICE_PRE_RETURN)
                .setMaxResults(1).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The fields kept with a return. */
    @SuppressWarnings("unchecked")
    Map<String, String> fieldsAt(long decisionId) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT field_key, field_value FROM return_snapshot_field "
                + "WHERE decision_id = ?").setParameter(1, decisionId).getResultList()) {
            fields.put((String) row[0], (String) row[1]);
        }
        return fields;
    }
}
