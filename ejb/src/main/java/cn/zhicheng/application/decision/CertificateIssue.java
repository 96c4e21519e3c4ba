package cn.zhicheng.application.decision;

import cn.zhicheng.domain.model.application.Action;

/** 制证: the bureau issues the certificate; its number is allocated inside the transition path, not chosen here. */
public record CertificateIssue(String text) implements Decision {

    @Override
    public Action action() {
        return Action.ISSUE_CERTIFICATE;
    }

    @Override
    public String opinion() {
        return Decisions.orLabel(text, action());
    }

    @Override
    public void check(DecisionContext context) {
        // nothing beyond the table: the number is allocated by the path
    }
}
