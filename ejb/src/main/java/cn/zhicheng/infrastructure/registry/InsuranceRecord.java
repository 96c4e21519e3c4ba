package cn.zhicheng.infrastructure.registry;

/** Where a person is insured now: 现参保单位 and its 组织机构码 (统一社会信用代码). */
public record InsuranceRecord(
        String idNumber,
        String unitName,
        String orgCode) {
}
