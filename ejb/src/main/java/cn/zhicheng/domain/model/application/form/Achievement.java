package cn.zhicheng.domain.model.application.form;

import java.time.LocalDate;

/** What the rules need of any 业绩成果 / 学术成果 row: whether it is a 代表作, and the date it was achieved. */
public interface Achievement {

    /** 是否代表作 = 是. */
    boolean isRepresentativeWork();

    /** The date compared with the review year's 材料时效 cut-off; null when not yet filled in. */
    LocalDate achievementDate();
}
