package cn.zhicheng.domain.model.application.form;

import cn.zhicheng.domain.shared.Labelled;

/** 现资格类型: 职业资格 or 职称. */
public enum QualificationType implements Labelled {
    VOCATIONAL_QUALIFICATION("职业资格"),
    PROFESSIONAL_TITLE("职称");

    private final String label;

    QualificationType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
