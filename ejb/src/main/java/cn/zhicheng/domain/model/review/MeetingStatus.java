package cn.zhicheng.domain.model.review;

import cn.zhicheng.domain.shared.Labelled;

/** Where a meeting is: attendance being recorded, the ballot open, or closed with its results recorded. */
public enum MeetingStatus implements Labelled {
    PLANNED("筹备中"),
    VOTING("投票中"),
    CLOSED("已结束");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
