package cn.zhicheng.domain.model.party;

import cn.zhicheng.domain.shared.Labelled;

/** 证件类型. */
public enum IdType implements Labelled {
    RESIDENT_ID("居民身份证"),
    PASSPORT("护照"),
    HK_MACAO_PERMIT("港澳居民来往内地通行证"),
    TAIWAN_PERMIT("台湾居民来往大陆通行证"),
    FOREIGNER_PERMANENT_RESIDENT("外国人永久居留身份证");

    private final String label;

    IdType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
