package cn.zhicheng.domain.model.application.form;

import cn.zhicheng.domain.shared.Labelled;

/** 项目角色. */
public enum ProjectRole implements Labelled {
    HOST("主持"),
    MAIN_PARTICIPANT("主要参与"),
    PARTICIPANT("参与");

    private final String label;

    ProjectRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
