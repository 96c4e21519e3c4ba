package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDateTime;

import cn.zhicheng.domain.model.party.IdType;

/** One row of 人员管理: 姓名, 证件类型, 证件号码, 创建时间, 创建用户. */
public record PersonnelRow(long id, String name, IdType idType, String idNumber, LocalDateTime createdAt,
                           String createdBy) implements Serializable {
}
