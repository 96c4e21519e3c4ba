package cn.zhicheng.application.form;

import java.time.LocalDateTime;

/** 申报承诺: 本人已阅读并同意 the personal commitment. The time it was accepted is the server's, read-only. */
public class CommitmentSection extends FormSection {

    private static final long serialVersionUID = 1L;

    private boolean accepted;
    private LocalDateTime acceptedAt;

    public CommitmentSection() {
    }

    public CommitmentSection(boolean accepted) {
        this.accepted = accepted;
    }

    @Override
    public String label() {
        return "申报承诺";
    }

    /** 本人已阅读并同意. */
    public boolean isAccepted() {
        return accepted;
    }

    public void setAccepted(boolean accepted) {
        this.accepted = accepted;
    }

    /** When it was accepted (set by the server; ignored on save). */
    public LocalDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public void setAcceptedAt(LocalDateTime acceptedAt) {
        this.acceptedAt = acceptedAt;
    }
}
