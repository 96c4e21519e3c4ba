package cn.zhicheng.application.export;

import cn.zhicheng.application.ApplicationSummary;
import java.util.List;

/** The manual's columns of every application list (SPEC §2), as exported: the screens' Chinese headers. */
public final class ApplicationColumns {

    /** The unit's, office's and bureau's work lists (资格评审 …). */
    public static final List<ExportColumn<ApplicationSummary>> WORK_LIST = List.of(
            ExportColumn.of("业务流水号", ApplicationSummary::serialNo, 22),
            ExportColumn.of("事项名称", ApplicationSummary::itemName, 40),
            ExportColumn.of("摘要信息", ApplicationSummary::summary, 30),
            ExportColumn.of("申请人", ApplicationSummary::applicantName, 12),
            ExportColumn.of("当前环节", ApplicationSummary::stageLabel, 20),
            ExportColumn.of("办理部门", ApplicationSummary::handlingDept, 30),
            ExportColumn.of("申请时间", ApplicationSummary::createdAt, 18));

    /** 我的事项 (with 办理结果). */
    public static final List<ExportColumn<ApplicationSummary>> MY_ITEMS = List.of(
            ExportColumn.of("业务流水号", ApplicationSummary::serialNo, 22),
            ExportColumn.of("事项名称", ApplicationSummary::itemName, 40),
            ExportColumn.of("摘要信息", ApplicationSummary::summary, 30),
            ExportColumn.of("申请人", ApplicationSummary::applicantName, 12),
            ExportColumn.of("当前环节", ApplicationSummary::stageLabel, 20),
            ExportColumn.of("办理部门", ApplicationSummary::handlingDept, 30),
            ExportColumn.of("办理结果", ApplicationSummary::resultLabel, 10),
            ExportColumn.of("申请时间", ApplicationSummary::createdAt, 18));

    private ApplicationColumns() {
    }
}
