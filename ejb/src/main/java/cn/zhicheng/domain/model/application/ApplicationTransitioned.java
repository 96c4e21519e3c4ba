package cn.zhicheng.domain.model.application;

/** Fired after a transition and its history entry are written, for side effects (notices, forms). */
public record ApplicationTransitioned(Long applicationId, Action action, ApplicationState from, ApplicationState to,
                                      String actorUsername) {
}
