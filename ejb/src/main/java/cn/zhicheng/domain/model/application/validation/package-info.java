/**
 * The submit validator: one rule per requirement of SPEC §3 and §4, all run at submit, every failing field
 * reported at once as a {@link cn.zhicheng.domain.model.application.validation.FieldError} with a Chinese message.
 */
package cn.zhicheng.domain.model.application.validation;
