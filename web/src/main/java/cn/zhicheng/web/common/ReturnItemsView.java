package cn.zhicheng.web.common;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.OfficeAuditService;
import cn.zhicheng.application.ReturnNotice;
import cn.zhicheng.domain.shared.BusinessException;

/**
 * 一次性告知 for {@code WEB-INF/includes/return-items.xhtml}: the office's latest return of an application with every
 * item it named, read once per request through the scoped service (nothing when out of scope or never returned).
 */
@Named
@RequestScoped
public class ReturnItemsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OfficeAuditService audits;

    private final Map<Long, Optional<ReturnNotice>> read = new HashMap<>();

    /** The office's latest return of the application, or null. */
    public ReturnNotice of(Long applicationId) {
        if (applicationId == null) {
            return null;
        }
        return read.computeIfAbsent(applicationId, id -> {
            try {
                return Optional.ofNullable(audits.returnNotice(id));
            } catch (BusinessException notVisible) {
                return Optional.empty();
            }
        }).orElse(null);
    }
}
