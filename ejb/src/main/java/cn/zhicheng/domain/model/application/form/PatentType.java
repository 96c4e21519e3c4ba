package cn.zhicheng.domain.model.application.form;

import cn.zhicheng.domain.shared.Labelled;

/** 学术成果-专利及软件著作权: the sub-type. */
public enum PatentType implements Labelled {
    PATENT("专利"),
    SOFTWARE_COPYRIGHT("软件著作权");

    private final String label;

    PatentType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
