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
}
