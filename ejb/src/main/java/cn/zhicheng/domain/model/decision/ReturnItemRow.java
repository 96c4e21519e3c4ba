package cn.zhicheng.domain.model.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One thing the office asks to correct: the section of the form or the material, and the note. */
@Embeddable
public class ReturnItemRow {

    @Column(length = 100)
    private String section;

    @Column(length = 1000)
    private String note;

    protected ReturnItemRow() {
    }

    public ReturnItemRow(String section, String note) {
        this.section = section;
        this.note = note;
    }

    public String getSection() {
        return section;
    }

    public String getNote() {
        return note;
    }
}
