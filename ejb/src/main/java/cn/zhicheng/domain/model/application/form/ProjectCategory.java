package cn.zhicheng.domain.model.application.form;

import cn.zhicheng.domain.shared.Labelled;

/** 业绩类别 of 业绩成果-项目情况. */
public enum ProjectCategory implements Labelled {
    PROFESSIONAL_WORK("专业技术工作项目"),
    RESEARCH("课题项目");

    private final String label;

    ProjectCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
