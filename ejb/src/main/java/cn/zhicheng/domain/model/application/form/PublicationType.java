package cn.zhicheng.domain.model.application.form;

import cn.zhicheng.domain.shared.Labelled;

/** 学术成果-论文/著作/技术分析报告: the sub-type (成果类别); each has its own material (代表性…材料). */
public enum PublicationType implements Labelled {
    PAPER("论文"),
    MONOGRAPH("专著"),
    CONFERENCE_PAPER("学术会议宣读的论文"),
    TECHNICAL_REPORT("专项技术分析报告"),
    BOOK("著作");

    private final String label;

    PublicationType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
