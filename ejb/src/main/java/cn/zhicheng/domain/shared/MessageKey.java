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

    // materials
    MATERIAL_UNIT_SIDE,
    MATERIAL_SIZE,
    MATERIAL_FORMAT,

    // login outcomes
    LOGIN_SUCCESS,
    LOGIN_BAD_CREDENTIALS,
    LOGIN_LOCKED,
    LOGIN_WRONG_TAB
}
