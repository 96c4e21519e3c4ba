package cn.zhicheng.domain.model.review;

import cn.zhicheng.domain.shared.Labelled;

/** One expert's secret vote on one applicant. */
public enum VoteChoice implements Labelled {
    AGREE("同意"),
    DISAGREE("不同意"),
    ABSTAIN("弃权");

    private final String label;

    VoteChoice(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
