package cn.zhicheng.application.account;

import java.io.Serializable;

/** 个人注册: what the form sends once the phone's code has arrived. */
public record IndividualRegistration(String name, String idNumber, String phone, String username, String password,
                                     String confirmPassword, String code) implements Serializable {

    @Override
    public String toString() {
        return "IndividualRegistration[" + username + "]"; // never the password or the code in a log line
    }
}
