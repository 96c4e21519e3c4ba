package cn.zhicheng.application;

import java.io.Serializable;

import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.shared.BusinessException;

/**
 * One row's result of 批量通过: approved (and the state it went to), or the refusal the row met (its message in the
 * user's language is {@code refusal.message(locale)}).
 *
 * @param serialNo null when the application was not found (or not in the caller's scope)
 */
public record BulkOutcome(long applicationId, String serialNo, String applicantName, boolean approved,
                          ApplicationState state, BusinessException refusal) implements Serializable {
}
