package cn.zhicheng.domain.model.application.form;

import cn.zhicheng.domain.shared.Labelled;

/** 学历取得地区. */
public enum EducationRegion implements Labelled {
    MAINLAND("大陆"),
    HONG_KONG_MACAO_TAIWAN("港澳台"),
    ABROAD("国外");

    private final String label;

    EducationRegion(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
