package cn.zhicheng.application.admin;

import java.time.LocalDate;
import java.io.Serializable;

/** A working-day calendar exception: a holiday or a swapped working day (调休上班). */
public class CalendarDayForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate day;
    private String kind;
    private String name;
    private boolean existing;

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isExisting() {
        return existing;
    }

    public void setExisting(boolean existing) {
        this.existing = existing;
    }
}
