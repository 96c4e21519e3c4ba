package cn.zhicheng.application.admin;

import cn.zhicheng.domain.model.catalogue.TitleLevel;
import java.math.BigDecimal;
import java.io.Serializable;

/** 评审费 of a level. */
public class FeeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private TitleLevel level;
    private BigDecimal amount;
    private String note;
    private boolean existing;

    public TitleLevel getLevel() {
        return level;
    }

    public void setLevel(TitleLevel level) {
        this.level = level;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isExisting() {
        return existing;
    }

    public void setExisting(boolean existing) {
        this.existing = existing;
    }
}
