package cn.zhicheng.application.account;

import java.io.Serializable;
import java.time.LocalDateTime;

import cn.zhicheng.domain.model.audit.SecurityEvent;

/** One security event as 安全事件 lists and exports it. */
public record SecurityEventView(long id, LocalDateTime occurredAt, String username, String type, String address,
                                String detail) implements Serializable {

    /** The query's constructor: the kind as the enum's name. */
    public SecurityEventView(Long id, LocalDateTime occurredAt, String username, SecurityEvent.Type type, String address,
                             String detail) {
        this(id.longValue(), occurredAt, username, type == null ? null : type.name(), address, detail);
    }
}
