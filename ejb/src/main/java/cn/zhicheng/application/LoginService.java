package cn.zhicheng.application;

import jakarta.ejb.Local;

import cn.zhicheng.domain.model.party.AccountType;

/** Checks a user name and password typed on the login page, keeping the lockout counter in the database. */
@Local
public interface LoginService {

    LoginOutcome attempt(String username, char[] password, AccountType tab, String remoteAddress);

    void recordLogout(String username, String remoteAddress);
}
