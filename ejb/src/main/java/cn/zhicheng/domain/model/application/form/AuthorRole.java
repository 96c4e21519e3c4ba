package cn.zhicheng.domain.model.application.form;

import cn.zhicheng.domain.shared.Labelled;

/** 本人角色 in a publication. */
public enum AuthorRole implements Labelled {
    SOLE_AUTHOR("独著(独立完成)"),
    FIRST_AUTHOR("第一作者"),
    CORRESPONDING_AUTHOR("通讯作者"),
    CHIEF_EDITOR("主编"),
    DEPUTY_EDITOR("副主编"),
    CO_AUTHOR("其他作者(参编)");

    private final String label;

    AuthorRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
