package cn.zhicheng.domain.model.application.form;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row of one of the form's lists (教育经历, 工作经历, ...). Rows belong to their {@link ApplicationForm}, which
 * owns the {@code form_id} and {@code position} columns. The id is stable: a row is changed in place, so screens
 * address it by id across saves.
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

    /** Overwrites this row's values with those of {@code values} (a row of the same kind), keeping its id. */
    abstract void copyValuesFrom(FormRow values);
}
