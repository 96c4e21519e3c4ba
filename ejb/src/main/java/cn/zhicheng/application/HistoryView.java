package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDateTime;

import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.party.Role;

/** One line of 进度 (the history of an application). */
public record HistoryView(LocalDateTime occurredAt, String actorUsername, Role actorRole, Action action,
                          ApplicationState fromState, ApplicationState toState, String opinion,
                          String attachmentRefs) implements Serializable {
}
