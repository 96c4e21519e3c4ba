package cn.zhicheng.domain.shared;

import java.util.Locale;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the user should read: one {@link MessageKey} per reason, with its arguments, resolved through the
 * message bundles. {@link #getMessage()} is the Chinese text (logs, audit); screens call {@link #message(Locale)}.
 * Rolls the transaction back, so that nothing is written, and reaches the caller unwrapped.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

    private final MessageKey key;
    private final Object[] arguments;

    protected BusinessException(MessageKey key, Object... arguments) {
        super(Messages.format(key, Messages.CHINESE, arguments));
        this.key = key;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** A stable, language-neutral code for the refusal's reason (for tests and logs): the key's name. */
    public String code() {
        return key.name();
    }

    public MessageKey key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The refusal in the user's language (Chinese where the locale has no bundle). */
    public String message(Locale locale) {
        return Messages.format(key, locale, arguments);
    }
}
