package cn.zhicheng.application;

import java.io.Serializable;

/** One row of an uploaded personnel template as typed: its row number in the sheet, 姓名 and 证件号码. */
public record ImportRow(int rowNo, String name, String idNumber) implements Serializable {
}
