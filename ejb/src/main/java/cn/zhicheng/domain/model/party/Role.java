package cn.zhicheng.domain.model.party;

import cn.zhicheng.domain.shared.Labelled;

/** The roles of SPEC §1. The names are the security role names used in {@code @RolesAllowed}. */
public enum Role implements Labelled {
    INDIVIDUAL("个人用户"),
    UNIT_ADMIN("单位管理员"),
    UNIT_HANDLER("单位经办人"),
    OFFICE("日常工作部门"),
    EXPERT("评审专家"),
    BUREAU("业务权属部门"),
    SYS_ADMIN("系统管理员"),
    /** The platform itself (deadline job, verified payment notification): a run-as identity no account holds. */
    SYSTEM("平台系统");

    /** Constants for annotations, which cannot take enum values. */
    public static final String INDIVIDUAL_NAME = "INDIVIDUAL";
    public static final String UNIT_ADMIN_NAME = "UNIT_ADMIN";
    public static final String UNIT_HANDLER_NAME = "UNIT_HANDLER";
    public static final String OFFICE_NAME = "OFFICE";
    public static final String EXPERT_NAME = "EXPERT";
    public static final String BUREAU_NAME = "BUREAU";
    public static final String SYS_ADMIN_NAME = "SYS_ADMIN";
    public static final String SYSTEM_NAME = "SYSTEM";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isUnitRole() {
        return this == UNIT_ADMIN || this == UNIT_HANDLER;
    }

    /** The login tab an account of this role uses. */
    public AccountType accountType() {
        return this == INDIVIDUAL || this == EXPERT ? AccountType.PERSONAL : AccountType.UNIT;
    }
}
