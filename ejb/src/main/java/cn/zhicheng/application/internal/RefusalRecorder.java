package cn.zhicheng.application.internal;

import java.security.Principal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import cn.zhicheng.domain.model.audit.SecurityEvent;
import cn.zhicheng.infrastructure.security.SecurityAudit;

/**
 * Writes what {@link RefusalInterceptor} saw, under the caller's name as the container knows it, in its own
 * transaction (the refused call rolls its own back).
 */
@Stateless
@PermitAll
public class RefusalRecorder {

    @Resource
    SessionContext session;

    @Inject
    SecurityAudit audit;

    public void record(SecurityEvent.Type kind, String detail) {
        Principal caller = session.getCallerPrincipal();
        String name = caller == null || "anonymous".equals(caller.getName()) ? null : caller.getName();
        audit.record(name, kind, null, detail);
    }
}
