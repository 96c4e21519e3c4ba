package cn.zhicheng.domain.model.application;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import cn.zhicheng.domain.shared.Labelled;

/** The stages of SPEC §2 (the manual's stage bar), plus the returned state and the four final states. */
public enum ApplicationState implements Labelled {
    DRAFT("草稿", Tab.DRAFTS),
    UNIT_REVIEW("单位审核", Tab.IN_PROGRESS),
    UNIT_PRE_PUBLICITY("单位评前公示", Tab.IN_PROGRESS),
    OFFICE_PRE_AUDIT("日常工作部门评前审核", Tab.IN_PROGRESS),
    AWAITING_PAYMENT("网上支付", Tab.TO_DO),
    EXPERT_REVIEW("专家评审", Tab.IN_PROGRESS),
    UNIT_POST_PUBLICITY("单位评后公示", Tab.IN_PROGRESS),
    OFFICE_POST_AUDIT("日常工作部门评后审核", Tab.IN_PROGRESS),
    BUREAU_REVIEW("人社审核", Tab.IN_PROGRESS),
    BUREAU_PUBLICITY("人社公示", Tab.IN_PROGRESS),
    CERTIFICATE("制证", Tab.IN_PROGRESS),
    RETURNED("退回修改", Tab.TO_DO),
    APPROVED("办结（通过）", Tab.FINISHED),
    REJECTED("办结（不通过）", Tab.FINISHED),
    TERMINATED("终止申报", Tab.FINISHED),
    CLOSED_BY_DEADLINE("逾期未提交", Tab.FINISHED);

    /** The tabs of the individual's centre (我的事项). */
    public enum Tab implements Labelled {
        ALL("全部"), TO_DO("待办中"), IN_PROGRESS("办理中"), FINISHED("办结"), DRAFTS("草稿箱");

        private final String label;

        Tab(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    private final String label;
    private final Tab tab;

    ApplicationState(String label, Tab tab) {
        this.label = label;
        this.tab = tab;
    }

    @Override
    public String label() {
        return label;
    }

    public Tab tab() {
        return tab;
    }

    public boolean isFinal() {
        return tab == Tab.FINISHED;
    }

    private static final Set<ApplicationState> BEFORE_OFFICE = Collections.unmodifiableSet(
            EnumSet.of(DRAFT, UNIT_REVIEW, UNIT_PRE_PUBLICITY));

    /**
     * The stages before the committee's office (what the deadline cut-off closes, with a unit return): the one
     * definition, for queries too.
     */
    public static Set<ApplicationState> beforeOffice() {
        return BEFORE_OFFICE;
    }

    /** Not yet with the committee's office: what the deadline cut-off closes. */
    public boolean isBeforeOffice() {
        return BEFORE_OFFICE.contains(this);
    }

    /** The stages of the stage bar, in order (SPEC §2, #0–#10). */
    public static ApplicationState[] stageBar() {
        return new ApplicationState[] {DRAFT, UNIT_REVIEW, UNIT_PRE_PUBLICITY, OFFICE_PRE_AUDIT, AWAITING_PAYMENT,
            EXPERT_REVIEW, UNIT_POST_PUBLICITY, OFFICE_POST_AUDIT, BUREAU_REVIEW, BUREAU_PUBLICITY, CERTIFICATE};
    }
}
