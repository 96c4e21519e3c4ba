package cn.zhicheng.web.facade;

import java.io.Serializable;
import java.time.LocalDateTime;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.domain.model.application.ApplicationState;

/**
 * One row of a work list as a JavaBean: Faces 4.0's EL reads getters, not record accessors, and the table's
 * {@code sortBy} names these properties ({@link WorkListModel} maps them to the service's sort columns).
 */
public class WorkListRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ApplicationSummary summary;

    public WorkListRow(ApplicationSummary summary) {
        this.summary = summary;
    }

    public ApplicationSummary summary() {
        return summary;
    }

    public Long getId() {
        return summary.id();
    }

    public String getSerialNo() {
        return summary.serialNo();
    }

    public String getItemName() {
        return summary.itemName();
    }

    public String getSummary() {
        return summary.summary();
    }

    public String getApplicantName() {
        return summary.applicantName();
    }

    public ApplicationState getState() {
        return summary.state();
    }

    public String getHandlingDept() {
        return summary.handlingDept();
    }

    public LocalDateTime getCreatedAt() {
        return summary.createdAt();
    }

    public long getVersion() {
        return summary.version();
    }
}
