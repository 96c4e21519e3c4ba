package cn.zhicheng.application;

import java.io.Serializable;

/**
 * One field the applicant changed since the office's return.
 *
 * @param section      the section's property in {@code ApplicationFormView} (e.g. {@code basicInfo}, {@code educations})
 * @param sectionLabel the manual's title of the section
 * @param row          the row's number in the list now (or at the return, for a removed row); null for a single section
 * @param field        the field's property (e.g. {@code phone}); null when a whole row was added or removed
 * @param before       the value at the return (null: empty)
 * @param after        the value now (null: empty)
 */
public record FieldChange(String section, String sectionLabel, Integer row, String field, String before, String after,
                          Kind kind) implements Serializable {

    public enum Kind { CHANGED, ROW_ADDED, ROW_REMOVED }
}
