package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDateTime;

import cn.zhicheng.application.decision.Decision;
import cn.zhicheng.domain.model.party.Role;

/** One decision recorded on an application (e.g. the unit's review, the office's return items), oldest first. */
public record DecisionView(LocalDateTime decidedAt, String actorUsername, Role actorRole, Decision decision)
        implements Serializable {
}
