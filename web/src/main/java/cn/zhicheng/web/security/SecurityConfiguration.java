package cn.zhicheng.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

import cn.zhicheng.domain.model.party.Role;

/**
 * Jakarta Security for the whole EAR: the Faces login page authenticates through {@code SecurityContext}, the
 * {@link DatabaseIdentityStore} checks the password; a protected page without a session redirects to the login page.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.INDIVIDUAL_NAME, Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME, Role.OFFICE_NAME,
        Role.EXPERT_NAME, Role.BUREAU_NAME, Role.SYS_ADMIN_NAME})
public class SecurityConfiguration {
}
