package cn.zhicheng.application.decision;

import static cn.zhicheng.domain.model.application.Action.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.shared.MessageKey;

/** The one declaration of which decision type each action takes, and the checks the decision records share. */
public final class Decisions {

    /** Every action and the one decision type that takes it. */
    public static final Map<Action, Class<? extends Decision>> KINDS;

    static {
        Map<Action, Class<? extends Decision>> k = new EnumMap<>(Action.class);
        k.put(SUBMIT, Submission.class);
        k.put(RESUBMIT, Submission.class);
        k.put(WITHDRAW, Opinion.class);
        k.put(TERMINATE, Opinion.class);
        k.put(UNIT_APPROVE, UnitApproval.class);
        k.put(UNIT_RETURN, UnitReturn.class);
        k.put(PRE_PUBLICITY_PASS, PublicityResult.class);
        k.put(PRE_PUBLICITY_FAIL, PublicityResult.class);
        k.put(OFFICE_PRE_APPROVE, Opinion.class);
        k.put(OFFICE_PRE_RETURN, OfficeReturn.class);
        k.put(OFFICE_PRE_REJECT, Opinion.class);
        k.put(PAYMENT_CONFIRMED, PaymentConfirmation.class);
        k.put(EXPERT_PASS, MeetingResult.class);
        k.put(EXPERT_FAIL, MeetingResult.class);
        k.put(POST_PUBLICITY_PASS, PublicityResult.class);
        k.put(POST_PUBLICITY_OBJECTION_UPHELD, PublicityResult.class);
        k.put(OFFICE_POST_APPROVE, Opinion.class);
        k.put(OFFICE_POST_REJECT, Opinion.class);
        k.put(BUREAU_APPROVE, Opinion.class);
        k.put(BUREAU_REJECT, Opinion.class);
        k.put(BUREAU_PUBLICITY_PASS, PublicityResult.class);
        k.put(BUREAU_PUBLICITY_OBJECTION_UPHELD, PublicityResult.class);
        k.put(ISSUE_CERTIFICATE, CertificateIssue.class);
        k.put(CLOSE_BY_DEADLINE, DeadlineClosure.class);
        KINDS = Collections.unmodifiableMap(k);
    }

    private Decisions() {
    }

    /** The decision type an action takes. */
    public static Class<? extends Decision> typeOf(Action action) {
        return KINDS.get(action);
    }

    /** Refuses to build a decision of one type for an action that another type takes (a programming error). */
    static Action require(Action action, Class<? extends Decision> type) {
        if (action == null || KINDS.get(action) != type) {
            throw new IllegalArgumentException(type.getSimpleName() + " does not take " + action);
        }
        return action;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static void requireText(String value, String label) {
        if (isBlank(value)) {
            throw new DecisionRefusedException(MessageKey.OPINION_REQUIRED, label);
        }
    }

    /** Length as the user sees it: code points, so a character outside the BMP counts once. */
    static int visibleLength(String s) {
        return s == null ? 0 : s.strip().codePointCount(0, s.strip().length());
    }

    static String orLabel(String opinion, Action action) {
        return isBlank(opinion) ? action.label() : opinion.strip();
    }

    // ---- texts within their columns (admin stream): refused in Chinese before the database would refuse them

    /** {@code application_history.opinion} and {@code decision_record.opinion}. */
    public static final int OPINION_MAX = 2000;

    /**
     * Every free text of a decision fits its column: the opinion (history and record), and the texts a kind keeps in
     * its own table (单位审核's two opinions and the appraisal results, 一次性告知's sections and notes).
     */
    public static void checkLengths(Decision decision) {
        if (decision instanceof UnitApproval u) {
            within("所在单位对申报人完成继续教育情况的审核意见", u.continuingEducationOpinion(), 1000);
            within("单位对申报人负面情况的意见", u.negativeCircumstancesOpinion(), 1000);
            within("单位的综合评价", u.evaluation(), OPINION_MAX);
            for (UnitApproval.Appraisal a : u.appraisals()) {
                within("年度考核结果", a.result(), 40);
            }
        } else if (decision instanceof OfficeReturn r) {
            for (OfficeReturn.ReturnItem item : r.items()) {
                within("退回项目", item.section(), 100);
                within("退回说明", item.note(), 1000);
            }
        }
        within("意见", decision.opinion(), OPINION_MAX);
    }

    static void within(String label, String text, int max) {
        int length = text == null ? 0 : text.length();
        if (length > max) {
            throw new DecisionRefusedException(MessageKey.TEXT_TOO_LONG, label, max, length);
        }
    }
}
