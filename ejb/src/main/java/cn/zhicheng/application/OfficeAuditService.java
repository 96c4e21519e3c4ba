package cn.zhicheng.application;

import java.util.List;

import jakarta.ejb.Local;

/**
 * The committee office's audits (issue 8, SPEC §6) beside the one transition path: what 一次性告知 may name, the
 * office's latest return as the applicant reads it, what changed in the form since that return (field by field),
 * and 批量通过 with a result per row. Every read is scoped to the caller: out of scope reads as a missing id.
 */
@Local
public interface OfficeAuditService {

    /** 一次性告知's choices: the form's sections, then the applicant's materials, in the form's order. */
    List<ReturnChoice> returnChoices();

    /**
     * The office's latest 退回修改 of the application with every item it named, for whoever may see the application;
     * {@code null} when the office never returned it.
     */
    ReturnNotice returnNotice(long applicationId);

    /**
     * What the applicant changed in the form since the office's latest return (the form as it stood at the return,
     * kept with the return, against the form now), field by field; empty when the office never returned it.
     */
    List<FieldChange> changesSinceReturn(long applicationId);

    /**
     * 批量通过: each application approved at the audit it is at (评前审核 or 评后审核) with the opinion, each in its own
     * transaction, so that one refusal is that row's result and undoes nothing else.
     *
     * @throws cn.zhicheng.application.decision.DecisionRefusedException when nothing is selected
     */
    List<BulkOutcome> approveAll(List<Long> applicationIds, String opinion);

    /** The application's uploaded materials, read-only (kind, file name, size, time), oldest first per kind. */
    List<MaterialLine> materials(long applicationId);
}
