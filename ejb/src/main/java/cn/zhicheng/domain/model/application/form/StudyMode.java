package cn.zhicheng.domain.model.application.form;

import cn.zhicheng.domain.shared.Labelled;

/** 学习形式. */
public enum StudyMode implements Labelled {
    FULL_TIME("全日制"),
    PART_TIME("非全日制"),
    ADULT_EDUCATION("成人教育"),
    SELF_STUDY_EXAM("自学考试"),
    ONLINE_EDUCATION("网络教育"),
    OPEN_EDUCATION("开放教育");

    private final String label;

    StudyMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
