package cn.zhicheng.application.export;

import cn.zhicheng.application.PersonnelRow;
import java.util.List;

/** The list screens that are not of applications (the unit's 人员管理, the admin's outbox), as exported: their Chinese headers. */
public final class UnitColumns {

    /** 人员管理: 姓名, 证件类型, 证件号码, 创建时间, 创建用户. */
    public static final List<ExportColumn<PersonnelRow>> PERSONNEL = List.of(
            ExportColumn.of("姓名", PersonnelRow::name, 12),
            ExportColumn.of("证件类型", p -> p.idType() == null ? null : p.idType().label(), 12),
            ExportColumn.of("证件号码", PersonnelRow::idNumber, 22),
            ExportColumn.of("创建时间", p -> p.createdAt() == null ? null : p.createdAt().toLocalDate(), 12),
            ExportColumn.of("创建用户", PersonnelRow::createdBy, 16));

    /** 消息发件箱 (系统管理): 时间, 渠道, 接收方, 内容. */
    public static final List<ExportColumn<cn.zhicheng.application.account.OutboxEntry>> OUTBOX = List.of(
            ExportColumn.of("时间", cn.zhicheng.application.account.OutboxEntry::createdAt, 18),
            ExportColumn.of("渠道", cn.zhicheng.application.account.OutboxEntry::channel, 8),
            ExportColumn.of("接收方", cn.zhicheng.application.account.OutboxEntry::recipient, 24),
            ExportColumn.of("内容", cn.zhicheng.application.account.OutboxEntry::body, 60));

    /** 专家库 (the office's committee): 姓名, 用户名, 工作单位, 组织机构码, 专业, 职称级别, 任期, 状态. */
    public static final List<ExportColumn<cn.zhicheng.application.ExpertView>> EXPERTS = List.of(
            ExportColumn.of("姓名", cn.zhicheng.application.ExpertView::name, 12),
            ExportColumn.of("用户名", cn.zhicheng.application.ExpertView::username, 16),
            ExportColumn.of("工作单位", cn.zhicheng.application.ExpertView::unitName, 30),
            ExportColumn.of("组织机构码", cn.zhicheng.application.ExpertView::unitOrgCode, 22),
            ExportColumn.of("专业", cn.zhicheng.application.ExpertView::specialty, 20),
            ExportColumn.of("职称级别", e -> e.titleLevel() == null ? null : e.titleLevel().label(), 10),
            ExportColumn.of("任期", e -> e.termStart() + " – " + e.termEnd(), 24),
            ExportColumn.of("状态", e -> e.active() ? "在任" : "不在任期", 10));

    private UnitColumns() {
    }
}
