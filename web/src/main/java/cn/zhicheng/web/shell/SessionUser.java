package cn.zhicheng.web.shell;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import cn.zhicheng.application.LoginOutcome;
import cn.zhicheng.domain.model.party.Role;

/** Who is logged in, for the header: set once by a successful login, gone with the session. */
@Named
@SessionScoped
public class SessionUser implements Serializable {

    private static final long serialVersionUID = 1L;
    /** 修改密码, where an initial password leads first. */
    public static final String PASSWORD_PAGE = "/account/password.xhtml";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private String username;
    private String displayName;
    private Role role;
    private LocalDateTime loginTime;
    private int sessionEpoch;
    private boolean passwordChangeRequired;

    void signIn(LoginOutcome outcome, LocalDateTime at) {
        this.username = outcome.username();
        this.displayName = outcome.displayName();
        this.role = outcome.role();
        this.loginTime = at;
        this.sessionEpoch = outcome.sessionEpoch();
        this.passwordChangeRequired = outcome.passwordChangeRequired();
    }

    /** The account's epoch when this session opened: a password change elsewhere raises it and ends the session. */
    public int getSessionEpoch() {
        return sessionEpoch;
    }

    /** Signed in with an initial password: every page but 修改密码 leads there first. */
    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    /** This session changed the password: it keeps going under the new epoch. */
    public void passwordChanged(int newEpoch) {
        this.sessionEpoch = newEpoch;
        this.passwordChangeRequired = false;
    }

    public boolean isLoggedIn() {
        return role != null;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    /** The bundle key of the role's label. */
    public String getRoleKey() {
        return role == null ? null : "role." + role.name();
    }

    public String getLoginTime() {
        return loginTime == null ? "" : loginTime.format(TIME);
    }

    public String getLandingPage() {
        return role == null ? "/login.xhtml" : passwordChangeRequired ? PASSWORD_PAGE : Landing.of(role);
    }
}
