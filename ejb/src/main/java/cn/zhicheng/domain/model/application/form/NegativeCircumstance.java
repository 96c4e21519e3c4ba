package cn.zhicheng.domain.model.application.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import cn.zhicheng.domain.shared.Labelled;

/**
 * The checkboxes of 工作负面情况说明 (获现职称以来专业技术工作中曾出现下列情况). {@link #NONE} (无上述情况) excludes
 * all others. Codes are stored comma-separated, so a constant's name must never contain a comma.
 */
public enum NegativeCircumstance implements Labelled {
    DUPLICATE_SUBMISSION("论著一稿多投"),
    PLAGIARISM("抄袭剽窃论著"),
    MISUSED_PROJECT_OR_AUTHORSHIP("冒用他人项目或署名"),
    REPRIMANDED_FOR_NEGLIGENCE("因工作过失受到通报"),
    FABRICATED_DATA("杜撰实验数据"),
    ENGINEERING_QUALITY_ACCIDENT("工程质量事故"),
    SAFETY_ACCIDENT("安全责任事故"),
    TEACHING_ACCIDENT("教学事故"),
    SERIOUS_MEDICAL_DISPUTE("严重医患纠纷"),
    CASUALTIES_IN_ACCIDENT("前述事故出现伤亡"),
    APPROPRIATED_RESULTS("利用单位责任人之便占用他人成果"),
    MEDICAL_ACCIDENT("医疗事故"),
    OTHER("其他情况"),
    NONE("无上述情况");

    private final String label;

    NegativeCircumstance(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Every box except 无上述情况 declares a negative circumstance. */
    public boolean isNegative() {
        return this != NONE;
    }

    /** Whether this box is excluded while the given boxes are ticked (无上述情况 ticked excludes every other box). */
    public boolean excludedBy(Collection<NegativeCircumstance> ticked) {
        return this != NONE && ticked.contains(NONE);
    }

    /**
     * The boxes after a change from {@code previous} to {@code ticked}, keeping 无上述情况 exclusive: ticking it
     * unticks every other box; ticking another box while it is ticked unticks 无上述情况.
     */
    public static List<NegativeCircumstance> afterChange(Collection<NegativeCircumstance> previous,
                                                        Collection<NegativeCircumstance> ticked) {
        List<NegativeCircumstance> next = new ArrayList<>(ticked);
        if (next.contains(NONE) && next.size() > 1) {
            if (previous.contains(NONE)) {
                next.remove(NONE);
            } else {
                next.retainAll(List.of(NONE));
            }
        }
        return next;
    }
}
