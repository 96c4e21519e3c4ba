package cn.zhicheng.application.internal;

import java.util.List;

import cn.zhicheng.application.DecisionView;
import cn.zhicheng.application.decision.CertificateIssue;
import cn.zhicheng.application.decision.DeadlineClosure;
import cn.zhicheng.application.decision.Decision;
import cn.zhicheng.application.decision.MeetingResult;
import cn.zhicheng.application.decision.OfficeReturn;
import cn.zhicheng.application.decision.Opinion;
import cn.zhicheng.application.decision.PaymentConfirmation;
import cn.zhicheng.application.decision.PublicityResult;
import cn.zhicheng.application.decision.Submission;
import cn.zhicheng.application.decision.UnitApproval;
import cn.zhicheng.application.decision.UnitReturn;
import cn.zhicheng.domain.model.decision.AppraisalRow;
import cn.zhicheng.domain.model.decision.CertificateRecord;
import cn.zhicheng.domain.model.decision.DecisionRecord;
import cn.zhicheng.domain.model.decision.MeetingResultRecord;
import cn.zhicheng.domain.model.decision.OfficeReturnRecord;
import cn.zhicheng.domain.model.decision.PaymentRecord;
import cn.zhicheng.domain.model.decision.PublicityRecord;
import cn.zhicheng.domain.model.decision.ReturnItemRow;
import cn.zhicheng.domain.model.decision.UnitReviewRecord;

/** Maps a decision to the record the path persists, and a record back to the decision it holds. */
final class DecisionRecords {

    private DecisionRecords() {
    }

    /**
     * The record of a decision just taken.
     *
     * @param workingDays the publicity's length as the guard counted it (ignored for other kinds)
     * @param certificateNo the number the path allocated (ignored for other kinds)
     */
    static DecisionRecord of(Decision decision, DecisionRecord.Header header, int workingDays, String certificateNo) {
        if (decision instanceof UnitApproval u) {
            return new UnitReviewRecord(header, u.continuingEducationOpinion().strip(),
                    u.negativeCircumstancesOpinion().strip(), u.evaluation().strip(), u.examInsteadOfReview(),
                    u.appraisals().stream().map(a -> new AppraisalRow(a.year(), a.result().strip())).toList());
        }
        if (decision instanceof PublicityResult p) {
            return new PublicityRecord(header, p.start(), p.end(), workingDays, p.passed());
        }
        if (decision instanceof OfficeReturn o) {
            return new OfficeReturnRecord(header,
                    o.items().stream().map(i -> new ReturnItemRow(i.section().strip(), i.note().strip())).toList());
        }
        if (decision instanceof PaymentConfirmation p) {
            return new PaymentRecord(header, p.orderNo().strip(), p.amount(), p.paidAt());
        }
        if (decision instanceof MeetingResult m) {
            return new MeetingResultRecord(header, m.passed(), m.present(), m.inFavour(), m.against(), m.abstained());
        }
        if (decision instanceof CertificateIssue) {
            return new CertificateRecord(header, certificateNo);
        }
        // Submission, Opinion, UnitReturn, DeadlineClosure: the opinion in the common record is all they hold
        return new DecisionRecord(header);
    }

    /**
     * The decision a record holds, for reading it back; its list rows (a unit review's appraisals, an office
     * return's items) are read for all records at once by the caller.
     */
    static DecisionView view(DecisionRecord r, List<UnitApproval.Appraisal> appraisals,
                             List<OfficeReturn.ReturnItem> items) {
        return new DecisionView(r.getDecidedAt(), r.getActorUsername(), r.getActorRole(), decision(r, appraisals, items));
    }

    private static Decision decision(DecisionRecord r, List<UnitApproval.Appraisal> appraisals,
                                     List<OfficeReturn.ReturnItem> items) {
        if (r instanceof UnitReviewRecord u) {
            return new UnitApproval(u.getContinuingEducationOpinion(), u.getNegativeCircumstancesOpinion(), appraisals,
                    u.getEvaluation(), u.isExamInsteadOfReview());
        }
        if (r instanceof PublicityRecord p) {
            return new PublicityResult(p.getAction(), p.getStart(), p.getEnd(), p.getOpinion());
        }
        if (r instanceof OfficeReturnRecord o) {
            return new OfficeReturn(o.getOpinion(), items);
        }
        if (r instanceof PaymentRecord p) {
            return new PaymentConfirmation(p.getOrderNo(), p.getAmount(), p.getPaidAt());
        }
        if (r instanceof MeetingResultRecord m) {
            return new MeetingResult(m.getAction(), m.getPresent(), m.getInFavour(), m.getAgainst(), m.getAbstained(),
                    m.getOpinion());
        }
        if (r instanceof CertificateRecord c) {
            return new CertificateIssue(c.getOpinion());
        }
        return switch (r.getAction()) {
            case SUBMIT, RESUBMIT -> new Submission(r.getAction(), r.getOpinion());
            case UNIT_RETURN -> new UnitReturn(r.getOpinion());
            case CLOSE_BY_DEADLINE -> new DeadlineClosure();
            default -> new Opinion(r.getAction(), r.getOpinion());
        };
    }
}
