package cn.zhicheng.domain.model.catalogue;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 评审费 per level (kept as data; an administrator replaces the demo amounts with the official schedule). */
@Entity
@Table(name = "fee")
public class Fee {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "title_level")
    private TitleLevel level;

    private BigDecimal amount;

    private String note;

    protected Fee() {
    }

    public Fee(TitleLevel level, BigDecimal amount) {
        this.level = level;
        this.amount = amount;
    }

    public TitleLevel getLevel() {
        return level;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }

    /** Administration: the amount and its note. */
    public void change(BigDecimal newAmount, String newNote) {
        this.amount = newAmount;
        this.note = newNote;
    }

    public void setNote(String newNote) {
        this.note = newNote;
    }
}
