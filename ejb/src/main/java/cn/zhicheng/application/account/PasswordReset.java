package cn.zhicheng.application.account;

import java.io.Serializable;

/** 忘记密码, second step: the code that came to the phone and the new password. */
public record PasswordReset(String username, String phone, String code, String password, String confirmPassword)
        implements Serializable {

    @Override
    public String toString() {
        return "PasswordReset[" + username + "]";
    }
}
