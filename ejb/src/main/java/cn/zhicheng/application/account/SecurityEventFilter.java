package cn.zhicheng.application.account;

import java.io.Serializable;
import java.time.LocalDateTime;

/** 安全事件 filters; null or blank: any. The user name is exact, the address a prefix, the times inclusive. */
public record SecurityEventFilter(String username, String type, String address, LocalDateTime from, LocalDateTime to)
        implements Serializable {
}
