package cn.zhicheng.application.account;

import java.io.Serializable;

/** 单位注册: the unit and its administrator, once the administrator's phone has its code. */
public record UnitRegistration(String unitName, String creditCode, String address, String adminName,
                               String adminIdNumber, String phone, String username, String password,
                               String confirmPassword, String code) implements Serializable {

    @Override
    public String toString() {
        return "UnitRegistration[" + creditCode + ", " + username + "]";
    }
}
