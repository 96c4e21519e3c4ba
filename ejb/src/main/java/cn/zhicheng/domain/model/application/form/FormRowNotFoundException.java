package cn.zhicheng.domain.model.application.form;

import cn.zhicheng.domain.shared.BusinessException;

/** The row addressed by id is not (or no longer) in this form's list. */
public class FormRowNotFoundException extends BusinessException {

    public FormRowNotFoundException(String listLabel) {
        super("FORM_ROW_NOT_FOUND", "「" + listLabel + "」中未找到该条记录，可能已被删除，请刷新后重试。");
    }
}
