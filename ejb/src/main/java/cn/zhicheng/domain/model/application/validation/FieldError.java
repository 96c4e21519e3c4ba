package cn.zhicheng.domain.model.application.validation;

import java.util.Objects;

/**
 * One finding of the submit validator: the field it is about, as a path into the form ({@code basicInfo.phone},
 * {@code educations[0].graduationDate}, {@code materials.PHOTO}), and a Chinese message that names the field by
 * the manual's label, e.g. {@code 联系电话：必填}.
 */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field);
        Objects.requireNonNull(message);
    }

    @Override
    public String toString() {
        return field + " → " + message;
    }
}
