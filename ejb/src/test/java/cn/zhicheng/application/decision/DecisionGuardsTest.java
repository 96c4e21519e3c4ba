package cn.zhicheng.application.decision;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.shared.MessageKey;

/** Each decision's own guard, with a context that counts Monday to Friday as working days. */
class DecisionGuardsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2021, 1, 10, 9, 0);
    private static final List<UnitApproval.Appraisal> APPRAISALS = List.of(new UnitApproval.Appraisal(2019, "称职(合格)"),
            new UnitApproval.Appraisal(2020, "优秀"));

    /** Weekdays only; records which guards asked for the deadline checks. */
    static final class WeekdayContext implements DecisionContext {
        final List<String> asked = new ArrayList<>();

        @Override
        public LocalDateTime now() {
            return NOW;
        }

        @Override
        public int workingDaysBetween(LocalDate from, LocalDate to) {
            int n = 0;
            for (LocalDate d = from; !d.isAfter(to); d = d.plus(1, ChronoUnit.DAYS)) {
                n += d.getDayOfWeek().getValue() <= 5 ? 1 : 0;
            }
            return n;
        }

        @Override
        public void checkSubmission() {
            asked.add("submission");
        }

        @Override
        public void checkBeforeCommitteeDeadline() {
            asked.add("before deadline");
        }

        @Override
        public void checkCommitteeDeadlinePassed() {
            asked.add("deadline passed");
        }
    }

    private final WeekdayContext context = new WeekdayContext();

    private static UnitApproval approval(String evaluation) {
        return new UnitApproval("已完成", "无", APPRAISALS, evaluation, false);
    }

    private static MessageKey refusal(Decision d, DecisionContext c) {
        return assertThrows(DecisionRefusedException.class, () -> d.check(c)).reason();
    }

    @Test
    void anEvaluationOf149ChineseCharactersIsRefusedAnd150Accepted() {
        String text150 = "综".repeat(150);
        DecisionRefusedException refused = assertThrows(DecisionRefusedException.class,
                () -> approval(text150.substring(1)).check(context));
        assertEquals(MessageKey.EVALUATION_TOO_SHORT, refused.reason());
        assertEquals("单位的综合评价不少于150字，当前为149字。", refused.getMessage());
        assertDoesNotThrow(() -> approval(text150).check(context));
    }

    @Test
    void theEvaluationIsCountedAsTheUserSeesItNotInUtf16Units() {
        // 𠮷 is one character outside the BMP: two UTF-16 units
        String surrogates = "𠮷".repeat(75);
        assertEquals(150, surrogates.length());
        assertEquals(MessageKey.EVALUATION_TOO_SHORT, refusal(approval(surrogates), context));
        assertDoesNotThrow(() -> approval("𠮷".repeat(150)).check(context));
    }

    @Test
    void theEvaluationIsCountedWithoutSurroundingBlanks() {
        assertEquals(MessageKey.EVALUATION_TOO_SHORT, refusal(approval("  " + "综".repeat(149) + "\n "), context));
    }

    @Test
    void theUnitReviewNeedsItsOpinionsAndOneAppraisalPerYear() {
        String ok = "综".repeat(150);
        assertEquals(MessageKey.OPINION_REQUIRED,
                refusal(new UnitApproval(" ", "无", APPRAISALS, ok, false), context));
        assertEquals(MessageKey.OPINION_REQUIRED,
                refusal(new UnitApproval("已完成", null, APPRAISALS, ok, false), context));
        assertEquals(MessageKey.APPRAISAL_REQUIRED,
                refusal(new UnitApproval("已完成", "无", List.of(), ok, false), context));
        assertEquals(MessageKey.APPRAISAL_REQUIRED, refusal(new UnitApproval("已完成", "无",
                List.of(new UnitApproval.Appraisal(2020, "")), ok, false), context));
        assertEquals(MessageKey.APPRAISAL_YEAR_REPEATED, refusal(new UnitApproval("已完成", "无",
                List.of(new UnitApproval.Appraisal(2020, "优秀"), new UnitApproval.Appraisal(2020, "称职")), ok, false),
                context));
    }

    @Test
    void aPublicityOfFourWorkingDaysIsRefusedAndFiveAccepted() {
        // Mon 2021-01-04 .. Thu 2021-01-07 = 4; .. Fri 2021-01-08 = 5
        assertEquals(MessageKey.PUBLICITY_TOO_SHORT, refusal(new PublicityResult(Action.POST_PUBLICITY_PASS,
                LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 7), null), context));
        assertDoesNotThrow(() -> new PublicityResult(Action.POST_PUBLICITY_PASS, LocalDate.of(2021, 1, 4),
                LocalDate.of(2021, 1, 8), null).check(context));
    }

    @Test
    void aPublicityResultIsRefusedUntilTheDayAfterItsEnd() {
        // ends on the clock's day (2021-01-10): still running today
        assertEquals(MessageKey.PUBLICITY_NOT_ENDED, refusal(new PublicityResult(Action.BUREAU_PUBLICITY_PASS,
                LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 10), null), context));
        assertEquals(MessageKey.PUBLICITY_END_BEFORE_START, refusal(new PublicityResult(Action.PRE_PUBLICITY_FAIL,
                LocalDate.of(2021, 1, 8), LocalDate.of(2021, 1, 4), null), context));
        assertEquals(MessageKey.PUBLICITY_DATES_MISSING, refusal(new PublicityResult(Action.PRE_PUBLICITY_FAIL,
                null, LocalDate.of(2021, 1, 4), null), context));
    }

    @Test
    void onlyThePrePublicityPassAsksForTheCommitteeDeadline() {
        LocalDate start = LocalDate.of(2021, 1, 4);
        LocalDate end = LocalDate.of(2021, 1, 8);
        new PublicityResult(Action.PRE_PUBLICITY_FAIL, start, end, null).check(context);
        new PublicityResult(Action.POST_PUBLICITY_PASS, start, end, null).check(context);
        assertEquals(List.of(), context.asked);
        new PublicityResult(Action.PRE_PUBLICITY_PASS, start, end, null).check(context);
        assertEquals(List.of("before deadline"), context.asked);
    }

    @Test
    void submissionRunsTheSubmitRulesAndTheClosureTheDeadline() {
        Submission.submit().check(context);
        new DeadlineClosure().check(context);
        assertEquals(List.of("submission", "deadline passed"), context.asked);
    }

    @Test
    void anOfficeReturnTellsEverythingAtOnce() {
        assertEquals(MessageKey.RETURN_ITEMS_REQUIRED, refusal(new OfficeReturn("请修改", List.of()), context));
        DecisionRefusedException refused = assertThrows(DecisionRefusedException.class, () -> new OfficeReturn("请修改",
                List.of(new OfficeReturn.ReturnItem("学历信息", "不清晰"), new OfficeReturn.ReturnItem("工作经历", " ")))
                .check(context));
        assertEquals(MessageKey.RETURN_ITEM_INCOMPLETE, refused.reason());
        assertEquals(List.of(2), List.of(refused.arguments()));
    }

    @Test
    void theMeetingResultMustAgreeWithTwoThirdsOfThoseVoting() {
        assertDoesNotThrow(() -> new MeetingResult(Action.EXPERT_PASS, 9, 6, 3, 0, null).check(context));
        assertEquals(MessageKey.MEETING_RESULT_CONTRADICTS_VOTES,
                refusal(new MeetingResult(Action.EXPERT_PASS, 9, 5, 4, 0, null), context));
        assertDoesNotThrow(() -> new MeetingResult(Action.EXPERT_FAIL, 9, 5, 4, 0, null).check(context));
        assertEquals(MessageKey.MEETING_RESULT_CONTRADICTS_VOTES,
                refusal(new MeetingResult(Action.EXPERT_FAIL, 9, 6, 3, 0, null), context));
        assertEquals(MessageKey.MEETING_COUNTS_INVALID,
                refusal(new MeetingResult(Action.EXPERT_PASS, 9, 8, 2, 0, null), context));
    }

    @Test
    void aPaymentNeedsItsOrderAPositiveAmountAndAPastTime() {
        assertDoesNotThrow(() -> new PaymentConfirmation("P1", new BigDecimal("300.00"), NOW.minusHours(1)).check(context));
        assertEquals(MessageKey.PAYMENT_INCOMPLETE,
                refusal(new PaymentConfirmation(" ", BigDecimal.TEN, NOW), context));
        assertEquals(MessageKey.PAYMENT_AMOUNT_INVALID,
                refusal(new PaymentConfirmation("P1", BigDecimal.ZERO, NOW), context));
        assertEquals(MessageKey.PAYMENT_IN_FUTURE,
                refusal(new PaymentConfirmation("P1", BigDecimal.TEN, NOW.plusMinutes(1)), context));
    }

    @Test
    void aRejectionMustSayWhyAWithdrawalNeedNot() {
        assertEquals(MessageKey.OPINION_REQUIRED, refusal(new Opinion(Action.BUREAU_REJECT, ""), context));
        assertDoesNotThrow(() -> new Opinion(Action.WITHDRAW, null).check(context));
        assertEquals("撤回", new Opinion(Action.WITHDRAW, null).opinion());
    }
}
