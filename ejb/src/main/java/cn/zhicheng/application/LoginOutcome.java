package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import cn.zhicheng.domain.model.party.AccountType;
import cn.zhicheng.domain.model.party.Role;

/** The answer to a login attempt, with the message the login page shows. */
public record LoginOutcome(Status status, String username, Role role, String displayName, LocalDateTime lockedUntil,
                           AccountType expectedTab) implements Serializable {

    public enum Status { SUCCESS, BAD_CREDENTIALS, LOCKED, WRONG_TAB }

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static LoginOutcome success(String username, Role role, String displayName) {
        return new LoginOutcome(Status.SUCCESS, username, role, displayName, null, null);
    }

    public static LoginOutcome badCredentials() {
        return new LoginOutcome(Status.BAD_CREDENTIALS, null, null, null, null, null);
    }

    public static LoginOutcome locked(LocalDateTime until) {
        return new LoginOutcome(Status.LOCKED, null, null, null, until, null);
    }

    public static LoginOutcome wrongTab(AccountType expected) {
        return new LoginOutcome(Status.WRONG_TAB, null, null, null, null, expected);
    }

    public boolean succeeded() {
        return status == Status.SUCCESS;
    }

    public String message() {
        return switch (status) {
            case SUCCESS -> "登录成功";
            case BAD_CREDENTIALS -> "用户名或密码错误。密码连续错误5次后账号将被锁定1小时！";
            case LOCKED -> "密码连续错误5次，账号已被锁定，请于" + lockedUntil.format(UNTIL) + "后再试。";
            case WRONG_TAB -> "该账号请使用「" + expectedTab.label() + "」页签登录。";
        };
    }
}
