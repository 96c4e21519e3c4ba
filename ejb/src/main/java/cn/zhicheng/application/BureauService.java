package cn.zhicheng.application;

import java.util.List;

import jakarta.ejb.Local;

/**
 * 人社审核 (issue 8, SPEC §6): the bureau takes 受理, then 审核, then 审批 of an application at BUREAU_REVIEW, each
 * with an opinion. 受理 and 审核 are steps inside the stage (recorded, the state stays); 审批 takes the workflow's
 * 人社审核通过 and is refused until both steps are recorded; 不通过 (with a reason) may end any step.
 */
@Local
public interface BureauService {

    /** The steps taken so far on the application, oldest first. */
    List<BureauStepView> steps(long applicationId);

    /** The step the bureau takes next (null when the application is not at 人社审核). */
    BureauStepView.Step nextStep(long applicationId);

    /** 受理 or 审核 with its opinion, on the application as the caller opened it. */
    ApplicationSummary record(long applicationId, long expectedVersion, BureauStepView.Step step, String opinion);

    /** 审批通过: after 受理 and 审核, the workflow's BUREAU_APPROVE. */
    ApplicationSummary approve(long applicationId, long expectedVersion, String opinion);

    /** 不通过 at any step, with the reason: the workflow's BUREAU_REJECT. */
    ApplicationSummary reject(long applicationId, long expectedVersion, String opinion);
}
