package cn.zhicheng.domain.model.application.form;

import cn.zhicheng.domain.shared.Labelled;

/** 专利类型. */
public enum PatentKind implements Labelled {
    INVENTION("发明专利"),
    UTILITY_MODEL("实用新型专利"),
    DESIGN("外观设计专利");

    private final String label;

    PatentKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
