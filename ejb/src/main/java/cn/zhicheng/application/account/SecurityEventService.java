package cn.zhicheng.application.account;

import java.util.List;

import jakarta.ejb.Local;

import cn.zhicheng.application.Page;

/** 系统管理 › 安全事件 (SYS_ADMIN): logins, lockouts, refusals of every kind, paged and filtered in the database. */
@Local
public interface SecurityEventService {

    /** The event kinds, for the filter. */
    List<String> types();

    /** Newest first. */
    Page<SecurityEventView> events(SecurityEventFilter filter, int first, int pageSize);

    /** The export's keyset pages: events of the filter above an id, ascending, at most 1000. */
    List<SecurityEventView> eventsAfter(SecurityEventFilter filter, Long afterId, int max);
}
