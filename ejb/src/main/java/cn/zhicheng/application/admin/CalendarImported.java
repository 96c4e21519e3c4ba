package cn.zhicheng.application.admin;

import java.io.Serializable;

/** What a holiday calendar import did: new days and changed days (the file is taken whole or not at all). */
public record CalendarImported(int added, int changed) implements Serializable {
}
