package cn.zhicheng.domain.model.application;

import java.util.List;
import java.util.stream.Collectors;

import cn.zhicheng.domain.model.application.validation.FieldError;

/** The submit validation failed: every failing field, each with its Chinese message (SPEC §3). */
public class SubmitRejectedException extends WorkflowException {

    private final List<FieldError> errors;

    public SubmitRejectedException(List<FieldError> errors) {
        super("SUBMIT_INVALID", "申报信息有" + errors.size() + "处需要修改：" + errors.stream()
                .map(FieldError::message).collect(Collectors.joining("；")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
