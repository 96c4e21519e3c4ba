package cn.zhicheng.domain.model.application.form;

import cn.zhicheng.domain.shared.Labelled;

/** 学位名称. */
public enum Degree implements Labelled {
    DOCTOR("博士"),
    MASTER("硕士"),
    BACHELOR("学士"),
    NONE("无");

    private final String label;

    Degree(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
