package cn.zhicheng.application.internal;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.domain.model.application.Application;

/** Assembles list rows from the aggregate (lists built by queries use the same record directly). */
final class Summaries {

    private Summaries() {
    }

    static ApplicationSummary of(Application a) {
        return new ApplicationSummary(a.getId(), a.getSerialNo(), a.getSummary(), a.getApplicantName(), a.getState(),
                a.getHandlingDept(), a.getCreatedAt(), a.getVersion(), a.getCertificateNo());
    }
}
