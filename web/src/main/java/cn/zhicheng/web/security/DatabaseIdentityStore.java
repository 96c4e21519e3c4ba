package cn.zhicheng.web.security;

import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import cn.zhicheng.application.LoginOutcome;
import cn.zhicheng.application.LoginService;

/**
 * Checks user name and password against the account table through {@link LoginService}, which keeps the lockout
 * counter and the audit trail. The caller's single group is the role's name.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @EJB
    LoginService loginService;

    @Inject
    LoginAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        // Only the login page prepares an attempt; anything else that reaches here has no tab and is refused.
        if (!(credential instanceof UsernamePasswordCredential login) || !attempt.isPrepared()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        LoginOutcome outcome = loginService.attempt(login.getCaller(), login.getPassword().getValue(),
                attempt.tab(), attempt.remoteAddress(), attempt.clientKey());
        login.getPassword().clear();
        attempt.record(outcome);
        if (!outcome.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.username(), Set.of(outcome.role().name()));
    }
}
