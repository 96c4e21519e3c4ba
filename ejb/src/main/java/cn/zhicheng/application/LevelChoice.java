package cn.zhicheng.application;

import java.io.Serializable;

import cn.zhicheng.domain.model.catalogue.TitleLevel;

/** One option of the 评审的资格级别 select. */
public record LevelChoice(TitleLevel level, String label) implements Serializable {

    public LevelChoice(TitleLevel level) {
        this(level, level.label());
    }
}
