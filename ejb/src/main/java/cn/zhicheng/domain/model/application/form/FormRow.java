package cn.zhicheng.domain.model.application.form;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row of one of the form's lists (教育经历, 工作经历, ...). Rows belong to their {@link ApplicationForm}, which
 * owns the {@code form_id} and {@code position} columns; a row has no identity of its own outside the form.
 */
@MappedSuperclass
public abstract class FormRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    protected FormRow() {
    }

    public Long getId() {
        return id;
    }
}
