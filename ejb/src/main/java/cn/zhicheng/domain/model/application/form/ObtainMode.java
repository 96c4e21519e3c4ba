package cn.zhicheng.domain.model.application.form;

import cn.zhicheng.domain.shared.Labelled;

/** 现资格取得方式. */
public enum ObtainMode implements Labelled {
    REVIEW("评审"),
    EXAM("考试"),
    EXAM_AND_REVIEW("考评结合"),
    ASSESSMENT("考核认定"),
    RECOGNITION("职称确认"),
    CORRESPONDENCE("职业资格对应");

    private final String label;

    ObtainMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
