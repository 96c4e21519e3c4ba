package cn.zhicheng.application.form;

import cn.zhicheng.domain.shared.Labelled;

/** The list sections of the form, with the manual's titles. */
public enum FormList implements Labelled {
    EDUCATION("教育经历"),
    WORK_EXPERIENCE("工作经历"),
    ORGANISATION_POST("专业行业组织职务"),
    FURTHER_STUDY("国内外进修情况"),
    CONTINUING_EDUCATION("完成继续教育任务情况"),
    PROJECT("业绩成果-项目情况"),
    AWARD("业绩成果-获奖情况"),
    PUBLICATION("学术成果-论文、著作、技术分析报告"),
    PATENT("学术成果-专利及软件著作权");

    private final String label;

    FormList(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
