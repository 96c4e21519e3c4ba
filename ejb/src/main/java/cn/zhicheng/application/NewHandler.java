package cn.zhicheng.application;

import java.io.Serializable;

/** 新增经办人: the handler's login name, 姓名 and 身份证号 (checked by the service). */
public record NewHandler(String username, String name, String idNumber) implements Serializable {
}
