package cn.zhicheng.domain.model.application;

import java.util.List;
import java.util.stream.Collectors;

import cn.zhicheng.domain.model.application.validation.FieldError;
import cn.zhicheng.domain.shared.MessageKey;

/** The submit validation failed: every failing field, each with its Chinese message (SPEC §3). */
public class SubmitRejectedException extends WorkflowException {

    private final List<FieldError> errors;

    public SubmitRejectedException(List<FieldError> errors) {
        // the field messages are the validator's (Chinese); the key frames them
        super(MessageKey.SUBMIT_INVALID, errors.size(), errors.stream().map(FieldError::message)
                .collect(Collectors.joining("；")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
