package cn.zhicheng.application.decision;

import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.shared.MessageKey;

/**
 * 专家评审通过 / 不通过, as the office records the meeting's result: the experts present (not recused) and the votes.
 * An applicant passes with at least two thirds of those present voting yes (人社部令第40号), so the result must
 * agree with the counts.
 */
public record MeetingResult(Action action, int present, int inFavour, int against, int abstained, String text)
        implements Decision {

    public MeetingResult {
        Decisions.require(action, MeetingResult.class);
    }

    public boolean passed() {
        return action == Action.EXPERT_PASS;
    }

    @Override
    public String opinion() {
        return Decisions.orLabel(text, action);
    }

    @Override
    public void check(DecisionContext context) {
        if (present <= 0 || inFavour < 0 || against < 0 || abstained < 0 || inFavour + against + abstained > present) {
            throw new DecisionRefusedException(MessageKey.MEETING_COUNTS_INVALID, present, inFavour, against,
                    abstained);
        }
        boolean twoThirds = 3 * inFavour >= 2 * present;
        if (twoThirds != passed()) {
            throw new DecisionRefusedException(MessageKey.MEETING_RESULT_CONTRADICTS_VOTES, present, inFavour);
        }
        context.checkMeetingBallot(this);
    }
}
