package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDateTime;

import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.party.Role;

/**
 * One line of 进度 (the history of an application).
 *
 * @param actorUsername the login name of who acted; null when shown to an applicant
 * @param actorShownAs  who acted as the caller may read it: the login name for staff, the department and role
 *                      (e.g. 深圳市示例交通建设有限公司（单位管理员）) for an applicant
 */
public record HistoryView(LocalDateTime occurredAt, String actorUsername, Role actorRole, Action action,
                          ApplicationState fromState, ApplicationState toState, String opinion,
                          String attachmentRefs, String actorShownAs) implements Serializable {

    /** As staff read it: the login name shown. */
    public HistoryView(LocalDateTime occurredAt, String actorUsername, Role actorRole, Action action,
                       ApplicationState fromState, ApplicationState toState, String opinion, String attachmentRefs) {
        this(occurredAt, actorUsername, actorRole, action, fromState, toState, opinion, attachmentRefs, actorUsername);
    }

    /** The same line with who acted named by department instead of login name. */
    public HistoryView shownAs(String department) {
        return new HistoryView(occurredAt, null, actorRole, action, fromState, toState, opinion, attachmentRefs,
                department);
    }
}
