package cn.zhicheng.application.admin;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One recorded change or security event of an account (its security_event rows). */
public record AccountEventView(long id, LocalDateTime occurredAt, String type, String detail) implements Serializable {
}
