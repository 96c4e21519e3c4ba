package cn.zhicheng.domain.model.catalogue;

import cn.zhicheng.domain.shared.Labelled;

/** 资格级别. Ordered from the lowest level to the highest. */
public enum TitleLevel implements Labelled {
    JUNIOR("初级"),
    INTERMEDIATE("中级"),
    DEPUTY_SENIOR("副高级"),
    SENIOR("正高级");

    private final String label;

    TitleLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static TitleLevel ofLabel(String label) {
        for (TitleLevel level : values()) {
            if (level.label.equals(label)) {
                return level;
            }
        }
        throw new IllegalArgumentException("未知的资格级别: " + label);
    }
}
