package cn.zhicheng.application;

import jakarta.ejb.Local;

/** 个人信息 (INDIVIDUAL): the caller's own person, read and its contact details changed. */
@Local
public interface ProfileService {

    /** The caller's profile. */
    MyProfile myProfile();

    /**
     * Changes the caller's 联系电话 (required), 电子邮箱 and 联系地址 (optional); refused with the field's message
     * ({@link ProfileRefusedException}) when a value has the wrong format or is too long. Name and ID stay as registered.
     */
    MyProfile saveContact(String phone, String email, String address);
}
