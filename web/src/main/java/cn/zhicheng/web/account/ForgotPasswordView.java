package cn.zhicheng.web.account;

import java.io.IOException;
import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.account.AccountService;
import cn.zhicheng.application.account.ChallengeService;
import cn.zhicheng.application.account.PasswordReset;
import cn.zhicheng.domain.model.account.AccountRefusal;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 忘记密码: user name + phone + challenge → a code to the phone (the same answer whether or not they match) → the
 * code and a new password, which ends the account's sessions.
 */
@Named
@ViewScoped
public class ForgotPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient AccountService accounts;

    @EJB
    transient ChallengeService challenges;

    @Inject
    LocaleView localeView;

    private final ChallengeField challenge = new ChallengeField();
    private String username;
    private String phone;
    private String code;
    private String password;
    private String confirmPassword;
    private boolean codeSent;

    @PostConstruct
    void init() {
        challenge.renew(challenges);
    }

    public void sendCode() {
        try {
            FormMessages.info(accounts.sendResetCode(username, phone, challenge.answer(), FormMessages.remoteAddress()));
            codeSent = true;
        } catch (AccountRefusal refused) {
            FormMessages.refused("fp-", refused, localeView.getLocale());
        } finally {
            challenge.renew(challenges);
        }
    }

    public void reset() throws IOException {
        try {
            accounts.resetPassword(new PasswordReset(username, phone, code, password, confirmPassword),
                    FormMessages.remoteAddress());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login.xhtml?passwordReset=true");
        } catch (AccountRefusal refused) {
            FormMessages.refused("fp-", refused, localeView.getLocale());
        }
    }

    public boolean isCodeSent() {
        return codeSent;
    }

    public ChallengeField getChallenge() {
        return challenge;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
