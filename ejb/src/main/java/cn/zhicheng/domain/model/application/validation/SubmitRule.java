package cn.zhicheng.domain.model.application.validation;

import cn.zhicheng.domain.model.application.form.ApplicationForm;

/**
 * One rule checked at submit (SPEC §3, §4). A rule reports every problem it sees to {@link Findings} and never
 * throws for missing data: a field left empty is the business of the rule that requires it.
 */
@FunctionalInterface
public interface SubmitRule {

    void check(ApplicationForm form, ValidationContext ctx, Findings findings);
}
