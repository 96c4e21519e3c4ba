package cn.zhicheng.domain.model.application.form;

import cn.zhicheng.domain.shared.Labelled;

/** 申报类型: each type has its own requirements (manual 第二章 7). */
public enum DeclarationType implements Labelled {
    REGULAR("普通申报"),
    EXCEPTIONAL("破格申报"),
    SERIES_TRANSFER("转系列(专业)申报"),
    ASSESSMENT("考核认定"),
    OUT_OF_PROVINCE_CONFIRMATION("省外(中央单位)职称确认");

    private final String label;

    DeclarationType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
