package cn.zhicheng.application;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.shared.Labelled;

/**
 * The tabs of 单位事项 (manual 4.2): 全部; 待办中 = the unit has to act (单位审核, 单位评前公示, 单位评后公示); 办理中 =
 * with someone else (the applicant after a return, the office, the experts, the bureau); 办结 = final.
 */
public enum UnitTab implements Labelled {
    ALL("全部"),
    TO_DO("待办中"),
    IN_PROGRESS("办理中"),
    FINISHED("办结");

    private static final Set<ApplicationState> UNIT_ACTS = EnumSet.of(ApplicationState.UNIT_REVIEW,
            ApplicationState.UNIT_PRE_PUBLICITY, ApplicationState.UNIT_POST_PUBLICITY);

    private final String label;

    UnitTab(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The tab of an application in this state (never {@link #ALL}). */
    public static UnitTab of(ApplicationState state) {
        if (state.isFinal()) {
            return FINISHED;
        }
        return UNIT_ACTS.contains(state) ? TO_DO : IN_PROGRESS;
    }

    /** The states this tab shows (every state for {@link #ALL}). */
    public Set<ApplicationState> states() {
        EnumSet<ApplicationState> states = EnumSet.noneOf(ApplicationState.class);
        Arrays.stream(ApplicationState.values()).filter(s -> this == ALL || of(s) == this).forEach(states::add);
        return states;
    }
}
