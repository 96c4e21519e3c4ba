package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * 个人信息 of the logged-in individual: the real-name facts (read-only: 姓名, 证件类型, 证件号码, 性别, 出生日期) and the
 * contact details the person edits (联系电话, 电子邮箱, 联系地址).
 */
public record MyProfile(String name, String idTypeLabel, String idNumber, String genderLabel, LocalDate birthDate,
                        String phone, String email, String address) implements Serializable {
}
