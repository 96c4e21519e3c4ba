package cn.zhicheng.application.decision;

import cn.zhicheng.domain.model.application.Action;

/** 单位退回修改: the reason, which the applicant reads. */
public record UnitReturn(String reason) implements Decision {

    @Override
    public Action action() {
        return Action.UNIT_RETURN;
    }

    @Override
    public String opinion() {
        return reason == null ? null : reason.strip();
    }

    @Override
    public void check(DecisionContext context) {
        Decisions.requireText(reason, "退回原因");
    }
}
