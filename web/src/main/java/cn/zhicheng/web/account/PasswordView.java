package cn.zhicheng.web.account;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.account.AccountService;
import cn.zhicheng.domain.model.account.AccountRefusal;
import cn.zhicheng.web.shell.LocaleView;
import cn.zhicheng.web.shell.SessionUser;

/**
 * 修改密码 for every account, and the change forced at the first login with an initial password. The account's other
 * sessions end; this one goes on under the new epoch.
 */
@Named
@RequestScoped
public class PasswordView {

    @EJB
    AccountService accounts;

    @Inject
    SessionUser sessionUser;

    @Inject
    LocaleView localeView;

    private String currentPassword;
    private String password;
    private String confirmPassword;

    public void change() throws IOException {
        try {
            int epoch = accounts.changePassword(currentPassword, password, confirmPassword, FormMessages.remoteAddress());
            sessionUser.passwordChanged(epoch);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            FormMessages.info(localeView.bundle().getString("password.changed"));
            external.redirect(external.getRequestContextPath() + sessionUser.getLandingPage());
        } catch (AccountRefusal refused) {
            FormMessages.refused("pw-", refused, localeView.getLocale());
        }
    }

    public boolean isForced() {
        return sessionUser.isPasswordChangeRequired();
    }

    public String getCurrentPassword() {
        return null;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmPassword() {
        return null;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
