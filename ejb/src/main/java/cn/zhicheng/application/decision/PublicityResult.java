package cn.zhicheng.application.decision;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.catalogue.WorkingDayCalendar;
import cn.zhicheng.domain.shared.MessageKey;

/**
 * The result of a publicity (评前公示, 评后公示, 人社公示): its start and end dates, the opinion text and whether it
 * passed (the action says which). The period runs at least 5 working days, and its result is recorded only after it
 * has ended.
 */
public record PublicityResult(Action action, LocalDate start, LocalDate end, String text) implements Decision {

    private static final Set<Action> PASSES = EnumSet.of(Action.PRE_PUBLICITY_PASS, Action.POST_PUBLICITY_PASS,
            Action.BUREAU_PUBLICITY_PASS);

    public PublicityResult {
        Decisions.require(action, PublicityResult.class);
    }

    /** Whether the publicity passed (no objection upheld). */
    public boolean passed() {
        return PASSES.contains(action);
    }

    @Override
    public String opinion() {
        if (!Decisions.isBlank(text)) {
            return text.strip();
        }
        // the generated opinion of the manual's dialog, from the dates
        return "经" + start + "至" + end + "公示，" + (passed() ? "无异议。" : "异议成立。");
    }

    @Override
    public void check(DecisionContext context) {
        if (start == null || end == null) {
            throw new DecisionRefusedException(MessageKey.PUBLICITY_DATES_MISSING);
        }
        if (end.isBefore(start)) {
            throw new DecisionRefusedException(MessageKey.PUBLICITY_END_BEFORE_START, end, start);
        }
        int days = context.workingDaysBetween(start, end);
        if (days < WorkingDayCalendar.MIN_PUBLICITY_WORKING_DAYS) {
            throw new DecisionRefusedException(MessageKey.PUBLICITY_TOO_SHORT,
                    WorkingDayCalendar.MIN_PUBLICITY_WORKING_DAYS, start, end, days);
        }
        // the end date is a day of publicity: the result comes the day after at the earliest
        if (!context.today().isAfter(end)) {
            throw new DecisionRefusedException(MessageKey.PUBLICITY_NOT_ENDED, end);
        }
        if (action == Action.PRE_PUBLICITY_PASS) {
            context.checkBeforeCommitteeDeadline();
        }
        // the unit's signed 公示情况表 comes with its publicity result
        cn.zhicheng.domain.model.application.material.MaterialKind.requiredBy(action).ifPresent(context::requireMaterial);
    }
}
