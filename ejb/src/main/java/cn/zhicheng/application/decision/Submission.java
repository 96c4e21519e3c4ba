package cn.zhicheng.application.decision;

import cn.zhicheng.domain.model.application.Action;

/** 提交 / 重新提交: the applicant sends the application; its guard is the submit rules on the whole form. */
public record Submission(Action action, String note) implements Decision {

    public Submission {
        Decisions.require(action, Submission.class);
    }

    public static Submission submit() {
        return new Submission(Action.SUBMIT, null);
    }

    public static Submission resubmit(String note) {
        return new Submission(Action.RESUBMIT, note);
    }

    @Override
    public String opinion() {
        return Decisions.orLabel(note, action);
    }

    @Override
    public void check(DecisionContext context) {
        context.checkSubmission();
    }
}
