package cn.zhicheng.application;

import jakarta.ejb.Local;

import cn.zhicheng.domain.model.party.AccountType;

/** Checks a user name and password typed on the login page, keeping the lockout counter in the database. */
@Local
public interface LoginService {

    LoginOutcome attempt(String username, char[] password, AccountType tab, String remoteAddress);

    /** The same, recording the browser (its zc-client cookie) the attempt came from. */
    LoginOutcome attempt(String username, char[] password, AccountType tab, String remoteAddress, String clientKey);

    void recordLogout(String username, String remoteAddress);

    /** A web 403 (a role's folder refused), recorded as {@code WEB_FORBIDDEN} with the URI asked. */
    void recordForbidden(String username, String remoteAddress, String uri);
}
