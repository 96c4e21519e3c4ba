package cn.zhicheng.application.account;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One in-app message as the list shows it. */
public record InboxEntry(long id, Long applicationId, String serialNo, String body, LocalDateTime createdAt,
                         LocalDateTime readAt) implements Serializable {

    public boolean read() {
        return readAt != null;
    }
}
