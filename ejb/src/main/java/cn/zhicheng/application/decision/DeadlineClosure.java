package cn.zhicheng.application.decision;

import cn.zhicheng.domain.model.application.Action;

/** 逾期关闭: the platform closes an application that had not reached the office by its committee's deadline. */
public record DeadlineClosure() implements Decision {

    public static final String OPINION = "已超过评委会办公室受理截止时间，未报送日常工作部门，本年度申报关闭。";

    @Override
    public Action action() {
        return Action.CLOSE_BY_DEADLINE;
    }

    @Override
    public String opinion() {
        return OPINION;
    }

    @Override
    public void check(DecisionContext context) {
        context.checkCommitteeDeadlinePassed();
    }
}
