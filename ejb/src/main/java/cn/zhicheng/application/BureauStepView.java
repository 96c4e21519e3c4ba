package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDateTime;

import cn.zhicheng.domain.shared.Labelled;

/** One step of 人社审核 taken: which, by whom, when, with what opinion. */
public record BureauStepView(Step step, String opinion, String actorUsername, LocalDateTime decidedAt)
        implements Serializable {

    /** 人社审核's steps in their order; 审批 is the transition out of the stage. */
    public enum Step implements Labelled {
        ACCEPT("受理"), AUDIT("审核"), APPROVE("审批");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
