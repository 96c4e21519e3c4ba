package cn.zhicheng.application;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.domain.shared.Messages;

/**
 * One row's result of 批量通过: approved (and the state it went to), or the refusal's reason and arguments.
 *
 * @param serialNo null when the application was not found (or not in the caller's scope)
 */
public record BulkOutcome(long applicationId, String serialNo, String applicantName, boolean approved,
                          cn.zhicheng.domain.model.application.ApplicationState state, MessageKey refusal,
                          List<String> refusalArguments) implements Serializable {

    public BulkOutcome {
        refusalArguments = refusalArguments == null ? List.of() : List.copyOf(refusalArguments);
    }

    /** The refusal in the user's language (null when approved). */
    public String refusalText(Locale locale) {
        return refusal == null ? null : Messages.format(refusal, locale, refusalArguments.toArray());
    }
}
