package cn.zhicheng.application;

import cn.zhicheng.domain.shared.Labelled;

/** The official forms the platform prints for one application (报表打印), with their titles. */
public enum OfficialForm implements Labelled {
    REGISTRATION("职称评审申报人情况登记表"),
    PERSONAL_COMMITMENT("广东省深圳市职称申报承诺书（个人）"),
    EXCEPTIONAL_RECOMMENDATION("广东省深圳市职称破格申报推荐表"),
    UNIT_COMMITMENT("广东省深圳市职称申报承诺书（单位）"),
    PRE_PUBLICITY_SITUATION("资格评审评前公示情况表（评前）"),
    POST_PUBLICITY_SITUATION("资格评审评后公示情况表（评后）");

    private final String label;

    OfficialForm(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
