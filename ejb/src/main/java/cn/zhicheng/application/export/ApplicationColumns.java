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

    /** 人社公示 (the bureau's publicity list): its four columns. */
    public static final List<ExportColumn<ApplicationSummary>> PUBLICITY = List.of(
            ExportColumn.of("业务流水号", ApplicationSummary::serialNo, 22),
            ExportColumn.of("摘要信息", ApplicationSummary::summary, 30),
            ExportColumn.of("申请人", ApplicationSummary::applicantName, 12),
            ExportColumn.of("当前环节", ApplicationSummary::stageLabel, 20));

    /** 制证, the applications waiting for their certificate. */
    public static final List<ExportColumn<ApplicationSummary>> CERTIFICATES_PENDING = List.of(
            ExportColumn.of("业务流水号", ApplicationSummary::serialNo, 22),
            ExportColumn.of("摘要信息", ApplicationSummary::summary, 30),
            ExportColumn.of("申请人", ApplicationSummary::applicantName, 12));

    /** 制证, 已制证: with the certificate's number. */
    public static final List<ExportColumn<ApplicationSummary>> CERTIFICATES_ISSUED = List.of(
            ExportColumn.of("业务流水号", ApplicationSummary::serialNo, 22),
            ExportColumn.of("摘要信息", ApplicationSummary::summary, 30),
            ExportColumn.of("申请人", ApplicationSummary::applicantName, 12),
            ExportColumn.of("证书编号", ApplicationSummary::certificateNo, 24));

    /** 打印评前公示名单 / 打印评后公示名单: 业务流水号, 状态 and the list's ten columns. */
    public static final List<ExportColumn<cn.zhicheng.application.PublicityCandidate>> PUBLICITY_CANDIDATES = List.of(
            ExportColumn.of("业务流水号", cn.zhicheng.application.PublicityCandidate::serialNo, 22),
            ExportColumn.of("状态", c -> c.printed() ? "已打印" : "未打印", 8),
            ExportColumn.of("人员姓名", cn.zhicheng.application.PublicityCandidate::name, 12),
            ExportColumn.of("性别", cn.zhicheng.application.PublicityCandidate::gender, 6),
            ExportColumn.of("出生年月", cn.zhicheng.application.PublicityCandidate::birthMonth, 10),
            ExportColumn.of("最高学历", cn.zhicheng.application.PublicityCandidate::highestEducation, 12),
            ExportColumn.of("毕业时间", cn.zhicheng.application.PublicityCandidate::graduationMonth, 10),
            ExportColumn.of("现专业技术资格名称", cn.zhicheng.application.PublicityCandidate::currentQualification, 24),
            ExportColumn.of("取得时间", cn.zhicheng.application.PublicityCandidate::obtainedMonth, 10),
            ExportColumn.of("申报评审专业", cn.zhicheng.application.PublicityCandidate::specialty, 20),
            ExportColumn.of("申报评审资格名称", cn.zhicheng.application.PublicityCandidate::titleName, 20),
            ExportColumn.of("申报属性", cn.zhicheng.application.PublicityCandidate::declarationType, 10));

    private ApplicationColumns() {
    }
}
