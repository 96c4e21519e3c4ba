package cn.zhicheng.application.form;

import java.util.List;

import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;

/**
 * A value that does not fit its column (too long, too many digits): refused at save with the field's label, where
 * the database would only fail. Whether the form is complete is the submit rules' business, not this.
 */
public class FormValueRejectedException extends BusinessException {

    private final List<String> messages;

    public FormValueRejectedException(List<String> messages) {
        super(MessageKey.FORM_VALUE_REJECTED, String.join("", messages));
        this.messages = List.copyOf(messages);
    }

    /** One Chinese message per rejected field. */
    public List<String> messages() {
        return messages;
    }
}
