package cn.zhicheng.application.decision;

/**
 * Every reason a decision's guard refuses, each with its own code (the constant's name) and its Chinese text, kept
 * here and nowhere else. Arguments fill the {@code %s}/{@code %d} of the text in order.
 */
public enum DecisionRefusal {
    OPINION_REQUIRED("请填写「%s」。"),
    EVALUATION_TOO_SHORT("单位的综合评价不少于%d字，当前为%d字。"),
    APPRAISAL_REQUIRED("请至少填写一年的单位年度考核情况（年度及考核结果）。"),
    APPRAISAL_YEAR_REPEATED("单位年度考核情况中%d年度重复填写。"),
    PUBLICITY_DATES_MISSING("请填写公示开始日期和结束日期。"),
    PUBLICITY_END_BEFORE_START("公示结束日期（%s）早于开始日期（%s）。"),
    PUBLICITY_TOO_SHORT("公示期不少于%d个工作日，%s至%s只有%d个工作日。"),
    PUBLICITY_NOT_ENDED("公示期至%s结束，公示结束后才能录入公示结果。"),
    RETURN_ITEMS_REQUIRED("退回修改须一次性告知需要修改的内容：请至少填写一项（申报表栏目或材料及修改说明）。"),
    RETURN_ITEM_INCOMPLETE("第%d项退回内容不完整：请填写栏目或材料，以及修改说明。"),
    PAYMENT_INCOMPLETE("缴费确认缺少订单号、金额或缴费时间。"),
    PAYMENT_AMOUNT_INVALID("缴费金额必须大于零。"),
    PAYMENT_IN_FUTURE("缴费时间（%s）晚于当前时间。"),
    MEETING_COUNTS_INVALID("评审会议人数不正确：出席%d人，同意%d人，不同意%d人，弃权%d人。"),
    MEETING_RESULT_CONTRADICTS_VOTES("表决结果与票数不符：出席%d人，同意%d人，通过须不少于出席人数的三分之二。"),
    DEADLINE_NOT_REACHED("评委会办公室受理截止时间（%s）尚未到达，不能逾期关闭。");

    private final String text;

    DecisionRefusal(String text) {
        this.text = text;
    }

    /** The Chinese message with its arguments filled in. */
    public String message(Object... args) {
        return String.format(text, args);
    }

    /** The text with its placeholders, for resolving through message bundles. */
    public String text() {
        return text;
    }
}
