package cn.zhicheng.domain.model.application.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors and warnings of all rules of one validation. */
public final class Findings {

    private final List<FieldError> errors = new ArrayList<>();
    private final List<FieldError> warnings = new ArrayList<>();

    public void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public void warning(String field, String message) {
        warnings.add(new FieldError(field, message));
    }

    /** Reports "{label}：必填" at {@code field} when {@code value} is null or a blank string. */
    public void require(String field, String label, Object value) {
        if (Text.isMissing(value)) {
            error(field, label + "：必填");
        }
    }

    /** Findings about row {@code index} (zero-based) of a list, e.g. {@code educations[0]} / 教育经历第1条. */
    public Row row(String listField, String listLabel, int index) {
        return new Row(listField + "[" + index + "]", listLabel + "第" + (index + 1) + "条：");
    }

    ValidationResult result() {
        return new ValidationResult(errors, warnings);
    }

    /** Findings scoped to one row of a list. */
    public final class Row {

        private final String path;
        private final String prefix;

        private Row(String path, String prefix) {
            this.path = path;
            this.prefix = prefix;
        }

        public void require(String field, String label, Object value) {
            if (Text.isMissing(value)) {
                error(field, label + "必填");
            }
        }

        public void error(String field, String message) {
            Findings.this.error(path + "." + field, prefix + message);
        }

        public void warning(String field, String message) {
            Findings.this.warning(path + "." + field, prefix + message);
        }
    }
}
