/**
 * The application form (申报表): its root {@link cn.zhicheng.domain.model.application.form.ApplicationForm}, one
 * embeddable per single section, one row entity per list section, and the enums of the form's choices.
 */
package cn.zhicheng.domain.model.application.form;
