package cn.zhicheng.domain.model.application.form;

import cn.zhicheng.domain.shared.Labelled;

/** 项目完成状态. */
public enum CompletionStatus implements Labelled {
    COMPLETED("已结题"),
    IN_PROGRESS("在研");

    private final String label;

    CompletionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
