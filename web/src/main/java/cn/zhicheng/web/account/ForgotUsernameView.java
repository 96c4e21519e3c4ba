package cn.zhicheng.web.account;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.account.AccountService;
import cn.zhicheng.application.account.ChallengeService;
import cn.zhicheng.domain.model.account.AccountRefusal;
import cn.zhicheng.web.shell.LocaleView;

/** 忘记用户名: ID number + phone + challenge; the name goes to the phone, the answer is the same either way. */
@Named
@ViewScoped
public class ForgotUsernameView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient AccountService accounts;

    @EJB
    transient ChallengeService challenges;

    @Inject
    LocaleView localeView;

    private final ChallengeField challenge = new ChallengeField();
    private String idNumber;
    private String phone;
    private boolean sent;

    @PostConstruct
    void init() {
        challenge.renew(challenges);
    }

    public void remind() {
        try {
            FormMessages.info(accounts.remindUsername(idNumber, phone, challenge.answer(), FormMessages.remoteAddress()));
            sent = true;
        } catch (AccountRefusal refused) {
            FormMessages.refused("fu-", refused, localeView.getLocale());
        } finally {
            challenge.renew(challenges);
        }
    }

    public boolean isSent() {
        return sent;
    }

    public ChallengeField getChallenge() {
        return challenge;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
