package cn.zhicheng.domain.model.catalogue;

import cn.zhicheng.domain.shared.Labelled;

/** How a specialty is assessed: by review only, by exam instead of review, or by exam plus review. */
public enum ExamMode implements Labelled {
    NONE("评审"),
    EXAM_INSTEAD("以考代评"),
    EXAM_AND_REVIEW("考评结合");

    private final String label;

    ExamMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether the application must carry a practice-exam result (专业实践能力考试成绩). */
    public boolean requiresExamResult() {
        return this != NONE;
    }
}
