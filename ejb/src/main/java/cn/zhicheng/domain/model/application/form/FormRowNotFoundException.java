package cn.zhicheng.domain.model.application.form;

import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;

/** The row addressed by id is not (or no longer) in this form's list. */
public class FormRowNotFoundException extends BusinessException {

    public FormRowNotFoundException(String listLabel) {
        super(MessageKey.FORM_ROW_NOT_FOUND, listLabel);
    }
}
