package cn.zhicheng.web.individual;

import java.io.Serializable;
import java.util.Set;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.domain.model.application.Action;

/** One row of 我的事项: the application's summary and the actions the service offers on it now (display only). */
public record MyItemRow(ApplicationSummary summary, Set<Action> actions) implements Serializable {

    public boolean isWithdrawable() {
        return actions.contains(Action.WITHDRAW);
    }

    public boolean isTerminable() {
        return actions.contains(Action.TERMINATE);
    }

    /** 编辑: the form opens for changes while the applicant holds it (草稿, 退回修改). */
    public boolean isEditable() {
        return actions.contains(Action.SUBMIT) || actions.contains(Action.RESUBMIT);
    }

    /** 支付: at 网上支付. */
    public boolean isPayable() {
        return summary.state() == cn.zhicheng.domain.model.application.ApplicationState.AWAITING_PAYMENT;
    }

    /** 打印 and 材料 once there is something to print or look at (not for a draft never submitted). */
    public boolean isSubmitted() {
        return summary.state() != cn.zhicheng.domain.model.application.ApplicationState.DRAFT;
    }
}
