package cn.zhicheng.application.account;

import jakarta.ejb.Local;

import cn.zhicheng.domain.model.account.AccountRefusal;

/**
 * Registration and recovery (SPEC §10): 个人注册, 单位注册, 忘记用户名, 忘记密码, and the holder's own password change.
 * Every request that sends a message asks for the challenge first. The answers of the recovery requests are the same
 * whether or not the ID, name or phone is registered. Refusals are {@link AccountRefusal}s naming their field.
 */
@Local
public interface AccountService {

    /** Sends a registration code to the phone; answers the message to show. */
    String sendRegistrationCode(String phone, ChallengeAnswer challenge, String remoteAddress);

    /** Creates the person and the account once the phone's code is right; answers the user name. */
    String registerIndividual(IndividualRegistration registration, String remoteAddress);

    /** Creates the unit with its administrator's account once the phone's code is right; answers the user name. */
    String registerUnit(UnitRegistration registration, String remoteAddress);

    /** 忘记用户名: the account's name goes to its phone when ID number and phone match one. */
    String remindUsername(String idNumber, String phone, ChallengeAnswer challenge, String remoteAddress);

    /** 忘记密码, first step: a code goes to the phone when user name and phone match an account. */
    String sendResetCode(String username, String phone, ChallengeAnswer challenge, String remoteAddress);

    /** 忘记密码, second step: the new password, which ends every session of the account. */
    void resetPassword(PasswordReset reset, String remoteAddress);

    /** 修改密码 by the logged-in holder (also the change forced after an initial password); ends the other sessions. */
    int changePassword(String currentPassword, String newPassword, String confirmPassword, String remoteAddress);

    /** The account's session epoch (raised by every password change or reset), or -1 for no such account. */
    int sessionEpoch(String username);
}
