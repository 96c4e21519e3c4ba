package cn.zhicheng.domain.model.application;

import cn.zhicheng.domain.shared.Labelled;

/** What an actor does to an application. Each is allowed from the states the {@link Workflow} table lists. */
public enum Action implements Labelled {
    SUBMIT("提交"),
    WITHDRAW("撤回"),
    UNIT_APPROVE("单位审核通过"),
    UNIT_RETURN("单位退回修改"),
    PRE_PUBLICITY_PASS("评前公示通过"),
    PRE_PUBLICITY_FAIL("评前公示不通过"),
    OFFICE_PRE_APPROVE("评前审核通过"),
    OFFICE_PRE_RETURN("评前审核退回修改"),
    OFFICE_PRE_REJECT("评前审核不通过"),
    PAYMENT_CONFIRMED("缴费成功"),
    EXPERT_PASS("专家评审通过"),
    EXPERT_FAIL("专家评审不通过"),
    POST_PUBLICITY_PASS("评后公示通过"),
    POST_PUBLICITY_OBJECTION_UPHELD("评后公示异议成立"),
    OFFICE_POST_APPROVE("评后审核通过"),
    OFFICE_POST_REJECT("评后审核不通过"),
    BUREAU_APPROVE("人社审核通过"),
    BUREAU_REJECT("人社审核不通过"),
    BUREAU_PUBLICITY_PASS("人社公示无异议"),
    BUREAU_PUBLICITY_OBJECTION_UPHELD("人社公示异议成立"),
    ISSUE_CERTIFICATE("制证"),
    RESUBMIT("重新提交"),
    TERMINATE("终止申报"),
    CLOSE_BY_DEADLINE("逾期关闭");

    private final String label;

    Action(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
