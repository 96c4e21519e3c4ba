package cn.zhicheng.domain.model.application.validation;

import java.util.List;

/**
 * Everything the submit validator found: errors block the submission, warnings (e.g. 工作经历 periods that do not
 * join up) are shown to the applicant but do not.
 */
public final class ValidationResult {

    private final List<FieldError> errors;
    private final List<FieldError> warnings;

    public ValidationResult(List<FieldError> errors, List<FieldError> warnings) {
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
    }

    /** Whether the form may be submitted (no errors; warnings allowed). */
    public boolean isValid() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return errors;
    }

    public List<FieldError> warnings() {
        return warnings;
    }

    public List<FieldError> errorsFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).toList();
    }

    public boolean hasErrorFor(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** The error messages, one per line, for a log or an exception text. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        errors.forEach(e -> text.append(e.message()).append('\n'));
        return text.toString();
    }

    @Override
    public String toString() {
        return "ValidationResult{errors=" + errors + ", warnings=" + warnings + "}";
    }
}
