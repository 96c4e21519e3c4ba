package cn.zhicheng.application.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.BulkOutcome;
import cn.zhicheng.application.DecisionView;
import cn.zhicheng.application.FieldChange;
import cn.zhicheng.application.MaterialLine;
import cn.zhicheng.application.OfficeAuditService;
import cn.zhicheng.application.ReturnChoice;
import cn.zhicheng.application.ReturnNotice;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.application.decision.DecisionRefusedException;
import cn.zhicheng.application.decision.OfficeReturn;
import cn.zhicheng.application.decision.Opinion;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.material.MaterialKind;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;

@Stateless
public class DefaultOfficeAuditService implements OfficeAuditService {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    /** The scope and every decision go through the workflow service (its checks, its one transition path). */
    @EJB
    WorkflowService workflow;

    @Inject
    ReturnSnapshots snapshots;

    @Override
    @RolesAllowed(Role.OFFICE_NAME)
    public List<ReturnChoice> returnChoices() {
        List<ReturnChoice> choices = new ArrayList<>();
        FormFields.SECTIONS.forEach((code, label) -> {
            if (!"commitment".equals(code)) {
                choices.add(new ReturnChoice(ReturnChoice.Kind.SECTION, code, label));
            }
        });
        // the applicant's own materials: the unit's uploads are not the applicant's to correct
        Arrays.stream(MaterialKind.values()).filter(k -> k.stage() == MaterialKind.Stage.APPLICATION)
                .forEach(k -> choices.add(new ReturnChoice(ReturnChoice.Kind.MATERIAL, k.name(), k.label())));
        return choices;
    }

    @Override
    @RolesAllowed({Role.INDIVIDUAL_NAME, Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME, Role.OFFICE_NAME,
        Role.BUREAU_NAME, Role.SYS_ADMIN_NAME})
    public ReturnNotice returnNotice(long applicationId) {
        ReturnNotice notice = null;
        for (DecisionView d : workflow.decisions(applicationId)) {
            if (d.decision() instanceof OfficeReturn r) {
                notice = new ReturnNotice(d.decidedAt(), r.opinion(), r.items(), true);
            } else if (notice != null && d.decision().action() == Action.RESUBMIT) {
                notice = new ReturnNotice(notice.returnedAt(), notice.opinion(), notice.items(), false);
            }
        }
        return notice;
    }

    @Override
    @RolesAllowed({Role.OFFICE_NAME, Role.SYS_ADMIN_NAME})
    public List<FieldChange> changesSinceReturn(long applicationId) {
        // the scope check: out of scope is answered as a missing id
        workflow.find(applicationId);
        Long returned = snapshots.latestReturn(applicationId);
        if (returned == null) {
            return List.of();
        }
        Map<String, String> before = snapshots.fieldsAt(returned);
        Map<String, String> now = FormFields.flatten(FormAssembler.toView(em.find(Application.class, applicationId)));
        return FormFields.changes(before, now);
    }

    @Override
    @RolesAllowed(Role.OFFICE_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each row in its own transaction
    public List<BulkOutcome> approveAll(List<Long> applicationIds, String opinion) {
        if (applicationIds == null || applicationIds.isEmpty()) {
            throw new DecisionRefusedException(MessageKey.BULK_NOTHING_SELECTED);
        }
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (Long id : applicationIds.stream().distinct().toList()) {
            ApplicationSummary found = null;
            try {
                found = workflow.find(id);
                Action action = found.state() == ApplicationState.OFFICE_POST_AUDIT ? Action.OFFICE_POST_APPROVE
                        : Action.OFFICE_PRE_APPROVE;
                ApplicationSummary done = workflow.decide(id, found.version(), new Opinion(action, opinion));
                outcomes.add(new BulkOutcome(id, done.serialNo(), done.applicantName(), true, done.state(), null));
            } catch (BusinessException refused) {
                outcomes.add(refusal(id, found, refused));
            } catch (EJBException failed) {
                // e.g. a lock timeout: this row failed, the others stand
                outcomes.add(refusal(id, found, new DecisionRefusedException(MessageKey.BULK_ROW_FAILED)));
            }
        }
        return outcomes;
    }

    @Override
    @RolesAllowed({Role.OFFICE_NAME, Role.BUREAU_NAME, Role.SYS_ADMIN_NAME})
    public List<MaterialLine> materials(long applicationId) {
        workflow.find(applicationId);
        return em.createQuery("SELECT new cn.zhicheng.application.MaterialLine(m.kind, m.fileName, m.sizeBytes, "
                        + "m.uploadedAt) FROM MaterialFile m WHERE m.applicationId = :id ORDER BY m.uploadedAt, m.id",
                        MaterialLine.class)
                .setParameter("id", applicationId).getResultList();
    }

    private static BulkOutcome refusal(long id, ApplicationSummary found, BusinessException refused) {
        return new BulkOutcome(id, found == null ? null : found.serialNo(), found == null ? null : found.applicantName(),
                false, found == null ? null : found.state(), refused);
    }
}
