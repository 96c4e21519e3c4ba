package cn.zhicheng.application.form;

import java.io.Serializable;

/** One single section of the form (基本信息, 申报的专业技术资格信息, ...), saved as a whole by {@code saveSection}. */
public abstract class FormSection implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The section's title in the manual. */
    public abstract String label();
}
