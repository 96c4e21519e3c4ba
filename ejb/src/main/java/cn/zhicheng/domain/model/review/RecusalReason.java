package cn.zhicheng.domain.model.review;

import cn.zhicheng.domain.shared.Labelled;

/** Why an expert stays out of an applicant's review (人社部令第40号 第二十二条). */
public enum RecusalReason implements Labelled {
    /** The applicant works at, or is insured by, or declares through the expert's unit (same organisation code). */
    OWN_UNIT("本单位申报人"),
    /** The expert's unit is in the applicant's work history. */
    FORMER_UNIT("申报人曾任职单位"),
    /** The expert declared a conflict of interest. */
    DECLARED("本人申请回避");

    private final String label;

    RecusalReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
