package cn.zhicheng.web.security;

import jakarta.enterprise.context.RequestScoped;

import cn.zhicheng.application.LoginOutcome;
import cn.zhicheng.domain.model.party.AccountType;

/**
 * What the login page knows beyond the credential (the tab and the client address) on its way into the identity
 * store, and the outcome on its way back: {@code SecurityContext.authenticate} carries only the credential.
 */
@RequestScoped
public class LoginAttempt {

    private AccountType tab;
    private String remoteAddress;
    private LoginOutcome outcome;

    public void prepare(AccountType tab, String remoteAddress) {
        this.tab = tab;
        this.remoteAddress = remoteAddress;
        this.outcome = null;
    }

    public boolean isPrepared() {
        return tab != null;
    }

    public AccountType tab() {
        return tab;
    }

    public String remoteAddress() {
        return remoteAddress;
    }

    void record(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    /** The outcome of this request's attempt, or null when the identity store was not reached. */
    public LoginOutcome outcome() {
        return outcome;
    }
}
