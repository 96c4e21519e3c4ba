package cn.zhicheng.application.decision;

import java.util.EnumSet;
import java.util.Set;

import cn.zhicheng.domain.model.application.Action;

/**
 * A decision that carries nothing but its opinion: 撤回, 终止申报, the office's audit approvals and rejections, the
 * bureau's review. A rejection must say why.
 */
public record Opinion(Action action, String text) implements Decision {

    private static final Set<Action> REASON_REQUIRED = EnumSet.of(Action.OFFICE_PRE_REJECT, Action.OFFICE_POST_REJECT,
            Action.BUREAU_REJECT);

    public Opinion {
        Decisions.require(action, Opinion.class);
    }

    @Override
    public String opinion() {
        return Decisions.orLabel(text, action);
    }

    @Override
    public void check(DecisionContext context) {
        if (REASON_REQUIRED.contains(action)) {
            Decisions.requireText(text, "审核意见");
        }
        if (action == Action.BUREAU_APPROVE) {
            context.requireBureauSteps();
        }
    }
}
