package cn.zhicheng.application.form;

import java.io.Serializable;

/**
 * One row of a list section (教育经历, 工作经历, ...). {@code id} is the row's stable id: null for a row not yet
 * added, then the same on every later read and save.
 */
public abstract class FormListRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    /** The list this row belongs to. */
    public abstract FormList list();

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
