package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import cn.zhicheng.domain.model.party.AccountType;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.domain.shared.Messages;

/** The answer to a login attempt, with the message the login page shows. */
public record LoginOutcome(Status status, String username, Role role, String displayName, LocalDateTime lockedUntil,
                           AccountType expectedTab, boolean passwordChangeRequired, int sessionEpoch)
        implements Serializable {

    public enum Status { SUCCESS, BAD_CREDENTIALS, LOCKED, WRONG_TAB, THROTTLED }

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static LoginOutcome success(String username, Role role, String displayName) {
        return new LoginOutcome(Status.SUCCESS, username, role, displayName, null, null, false, 0);
    }

    /** A success that must go to the password change first (initial password), with the account's session epoch. */
    public static LoginOutcome success(String username, Role role, String displayName, boolean passwordChangeRequired,
                                       int sessionEpoch) {
        return new LoginOutcome(Status.SUCCESS, username, role, displayName, null, null, passwordChangeRequired,
                sessionEpoch);
    }

    /** Too many attempts from the address or for the name: refused before any password is checked. */
    public static LoginOutcome throttled() {
        return new LoginOutcome(Status.THROTTLED, null, null, null, null, null, false, 0);
    }

    public static LoginOutcome badCredentials() {
        return new LoginOutcome(Status.BAD_CREDENTIALS, null, null, null, null, null, false, 0);
    }

    public static LoginOutcome locked(LocalDateTime until) {
        return new LoginOutcome(Status.LOCKED, null, null, null, until, null, false, 0);
    }

    public static LoginOutcome wrongTab(AccountType expected) {
        return new LoginOutcome(Status.WRONG_TAB, null, null, null, null, expected, false, 0);
    }

    public boolean succeeded() {
        return status == Status.SUCCESS;
    }

    /** The message in Chinese (logs, tests). */
    public String message() {
        return message(Messages.CHINESE);
    }

    /** The message the login page shows, in the user's language. */
    public String message(Locale locale) {
        return switch (status) {
            case SUCCESS -> Messages.format(MessageKey.LOGIN_SUCCESS, locale);
            case BAD_CREDENTIALS -> Messages.format(MessageKey.LOGIN_BAD_CREDENTIALS, locale);
            case LOCKED -> Messages.format(MessageKey.LOGIN_LOCKED, locale, lockedUntil.format(UNTIL));
            case WRONG_TAB -> Messages.format(MessageKey.LOGIN_WRONG_TAB, locale, expectedTab);
            case THROTTLED -> Messages.format(MessageKey.LOGIN_THROTTLED, locale);
        };
    }
}
