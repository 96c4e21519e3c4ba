package cn.zhicheng.application;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import cn.zhicheng.domain.model.certificate.CertificateQueryOutcome;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.domain.shared.Messages;

/**
 * The public query's answer: the certificate's facts (ID number masked) when name, ID number and certificate number
 * all match an issued certificate; otherwise no facts and one message (the neutral "not found", a blank field, or
 * the rate limit with when to try again).
 */
public record CertificateQueryAnswer(CertificateQueryOutcome outcome, CertificateFacts facts, MessageKey messageKey,
                                     List<String> messageArgs) implements Serializable {

    public boolean found() {
        return outcome == CertificateQueryOutcome.FOUND;
    }

    /** The message for the outcome (null when found), in the locale. */
    public String message(Locale locale) {
        return messageKey == null ? null : Messages.format(messageKey, locale, messageArgs.toArray());
    }
}
