package cn.zhicheng.application.form;

import java.io.Serializable;

/** The caller's 现参保单位 and its 组织机构码, as the social-insurance registry holds them. */
public record InsuredUnit(String unitName, String orgCode) implements Serializable {
}
