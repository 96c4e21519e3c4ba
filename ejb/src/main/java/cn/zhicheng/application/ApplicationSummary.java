package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDateTime;

import cn.zhicheng.domain.model.application.ApplicationState;

/**
 * One row of an application list, with the manual's columns: 业务流水号, 事项名称, 摘要信息, 申请人, 当前环节,
 * 办理部门, 办理结果, 申请时间 (plus what the row's 操作 need: id, version, state).
 */
public record ApplicationSummary(Long id, String serialNo, String summary, String applicantName,
                                 ApplicationState state, String handlingDept, LocalDateTime createdAt,
                                 long version, String certificateNo) implements Serializable {

    /** 事项名称 of this platform's business item. */
    public static final String ITEM_NAME = "组织市属评委会开展评审并核准通过人员专业技术资格";

    public String itemName() {
        return ITEM_NAME;
    }

    public String stageLabel() {
        return state.label();
    }

    /** 办理结果: 待办中 / 办理中 / 办结 / 草稿. */
    public String resultLabel() {
        return switch (state) {
            case APPROVED -> "通过";
            case REJECTED, TERMINATED, CLOSED_BY_DEADLINE -> "不通过";
            default -> state.tab().label();
        };
    }
}
