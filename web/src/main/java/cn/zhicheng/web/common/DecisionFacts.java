package cn.zhicheng.web.common;

import java.util.ArrayList;
import java.util.List;

import cn.zhicheng.application.decision.Decision;
import cn.zhicheng.application.decision.MeetingResult;
import cn.zhicheng.application.decision.OfficeReturn;
import cn.zhicheng.application.decision.PaymentConfirmation;
import cn.zhicheng.application.decision.PublicityResult;
import cn.zhicheng.application.decision.UnitApproval;
import cn.zhicheng.application.decision.UnitReturn;
import cn.zhicheng.web.common.ProgressView.Fact;

/** The facts a decision record carries, as label keys ({@code decision.fact.*}) and values, for 进度. */
final class DecisionFacts {

    private DecisionFacts() {
    }

    static List<Fact> of(Decision decision) {
        List<Fact> facts = new ArrayList<>();
        if (decision instanceof UnitReturn r) {
            add(facts, "reason", r.reason());
        } else if (decision instanceof OfficeReturn r) {
            add(facts, "opinion", r.opinion());
            for (OfficeReturn.ReturnItem item : r.items()) {
                add(facts, "returnItem", item.section() + "：" + item.note());
            }
        } else if (decision instanceof UnitApproval a) {
            add(facts, "continuingEducation", a.continuingEducationOpinion());
            add(facts, "negativeCircumstances", a.negativeCircumstancesOpinion());
            for (UnitApproval.Appraisal appraisal : a.appraisals()) {
                add(facts, "appraisal", appraisal.year() + "：" + appraisal.result());
            }
            add(facts, "evaluation", a.evaluation());
        } else if (decision instanceof PublicityResult p) {
            add(facts, "publicityPeriod", p.start() + " ~ " + p.end());
            add(facts, "opinion", p.opinion());
        } else if (decision instanceof PaymentConfirmation p) {
            add(facts, "orderNo", p.orderNo());
            add(facts, "amount", p.amount() == null ? null : p.amount().toPlainString());
            add(facts, "paidAt", p.paidAt() == null ? null : p.paidAt().toString().replace('T', ' '));
        } else if (decision instanceof MeetingResult m) {
            add(facts, "votes", m.present() + " / " + m.inFavour() + " / " + m.against() + " / " + m.abstained());
            add(facts, "opinion", m.opinion());
        } else {
            add(facts, "opinion", decision.opinion());
        }
        return facts;
    }

    private static void add(List<Fact> facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact("decision.fact." + key, value));
        }
    }
}
