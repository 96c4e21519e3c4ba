package cn.zhicheng.domain.model.catalogue;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An exception to the Monday–Friday rule: a public holiday, or a weekend day worked in exchange (调休上班). */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    public enum Kind { HOLIDAY, WORKDAY }

    @Id
    @Column(name = "calendar_date")
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day, Kind kind, String name) {
        this.day = day;
        this.kind = kind;
        this.name = name;
    }

    public LocalDate getDay() {
        return day;
    }

    public Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    /** Administration: the kind and the name. */
    public void change(Kind newKind, String newName) {
        this.kind = newKind;
        this.name = newName;
    }
}
