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

    /** Whether the caller's hand-over notices also come by e-mail. */
    boolean emailOptIn();

    /**
     * As {@link #saveContact(String, String, String)}, and opts in or out of e-mail notices in the same change;
     * opting in (or staying in) without an 电子邮箱 is refused on field {@code email} ({@code NOTICE_EMAIL_NEEDS_ADDRESS}).
     * The three-argument form keeps the current choice, so it too refuses clearing the address while opted in.
     */
    MyProfile saveContact(String phone, String email, String address, boolean emailOptIn);
}
