package cn.zhicheng.domain.model.party;

import cn.zhicheng.domain.shared.Labelled;

/** The login tab: 个人登录 or 单位登录 (units, offices, the bureau and operators log in as organisations). */
public enum AccountType implements Labelled {
    PERSONAL("个人登录"),
    UNIT("单位登录");

    private final String label;

    AccountType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
