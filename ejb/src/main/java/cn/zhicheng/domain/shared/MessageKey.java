package cn.zhicheng.domain.shared;

/**
 * One key per reason a user is refused or told something, resolved in {@code cn/zhicheng/messages_<locale>.properties}
 * (the bundle key is the constant's name). A new refusal is a constant here, a line in each bundle, and
 * {@code new SomeRefusal(MessageKey.X, args...)}; {@code MessagesTest} fails until both bundles have it.
 */
public enum MessageKey {

    // workflow: which application, who, what, when
    NOT_FOUND,
    CONFLICT,
    ROLE_NOT_PERMITTED,
    ILLEGAL_TRANSITION,
    OUT_OF_SCOPE_OWNER,
    OUT_OF_SCOPE_UNIT,
    OUT_OF_SCOPE_UNIT_GRANT,
    OUT_OF_SCOPE_OFFICE,
    OUT_OF_SCOPE,
    ALREADY_AT_OFFICE,
    DEADLINE_PASSED,
    SUBMIT_INVALID,

    // the applicant's draft
    NO_OPEN_REVIEW_YEAR,
    NOT_EDITABLE,
    SPECIALTY_UNKNOWN,
    SPECIALTY_FIXED_WHEN_RETURNED,
    UNIT_FIXED_AFTER_SUBMIT,
    UNIT_NOT_AVAILABLE,

    // the form by section and the registry look-ups
    FORM_ROW_NOT_FOUND,
    FORM_VALUE_REJECTED,
    REGISTRY_EDUCATION_NOT_FOUND,
    REGISTRY_EXAM_NOT_FOUND,
    EXAM_SPECIALTY_MISSING,
    EXAM_NOT_REQUIRED,
    EXAM_SUBJECT_MISMATCH,
    REGISTRY_INSURANCE_NOT_FOUND,

    // materials
    MATERIAL_UNIT_SIDE,
    MATERIAL_SIZE,
    MATERIAL_FORMAT,

    // the guards of the decisions (cn.zhicheng.application.decision)
    OPINION_REQUIRED,
    EVALUATION_TOO_SHORT,
    APPRAISAL_REQUIRED,
    APPRAISAL_YEAR_REPEATED,
    PUBLICITY_DATES_MISSING,
    PUBLICITY_END_BEFORE_START,
    PUBLICITY_TOO_SHORT,
    PUBLICITY_NOT_ENDED,
    RETURN_ITEMS_REQUIRED,
    RETURN_ITEM_INCOMPLETE,
    PAYMENT_INCOMPLETE,
    PAYMENT_AMOUNT_INVALID,
    PAYMENT_IN_FUTURE,
    MEETING_COUNTS_INVALID,
    MEETING_RESULT_CONTRADICTS_VOTES,
    DEADLINE_NOT_REACHED,

    // login outcomes
    LOGIN_SUCCESS,
    LOGIN_BAD_CREDENTIALS,
    LOGIN_LOCKED,
    LOGIN_WRONG_TAB
}
