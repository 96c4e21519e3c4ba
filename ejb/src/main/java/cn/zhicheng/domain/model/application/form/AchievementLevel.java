package cn.zhicheng.domain.model.application.form;

import cn.zhicheng.domain.shared.Labelled;

/** 项目级别(含校级) / 获奖级别. */
public enum AchievementLevel implements Labelled {
    NATIONAL("国家级"),
    PROVINCIAL("省部级"),
    MUNICIPAL("市厅级"),
    DISTRICT("区县级"),
    SCHOOL_OR_UNIT("校级(单位级)");

    private final String label;

    AchievementLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
