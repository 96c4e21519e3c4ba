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
    private String clientKey;

    public void prepare(AccountType tab, String remoteAddress) {
        prepare(tab, remoteAddress, null);
    }

    /** With the browser's zc-client cookie, which the challenge counts failures by. */
    public void prepare(AccountType tab, String remoteAddress, String clientKey) {
        this.tab = tab;
        this.remoteAddress = remoteAddress;
        this.clientKey = clientKey;
        this.outcome = null;
    }

    public String clientKey() {
        return clientKey;
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
