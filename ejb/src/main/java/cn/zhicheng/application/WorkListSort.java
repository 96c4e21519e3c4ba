package cn.zhicheng.application;

import java.io.Serializable;

/** The column a work list is sorted by, in the database; ties are broken by id, so pages never overlap. */
public record WorkListSort(Column column, boolean ascending) implements Serializable {

    /** Newest submissions first: the lists' default. */
    public static final WorkListSort NEWEST_SUBMITTED = new WorkListSort(Column.SUBMITTED_AT, false);

    /** The sortable columns of the list (the manual's columns). */
    public enum Column {
        SERIAL_NO, APPLICANT_NAME, STAGE, HANDLING_DEPT, CREATED_AT, SUBMITTED_AT, UPDATED_AT
    }

    public WorkListSort {
        column = column == null ? Column.SUBMITTED_AT : column;
    }
}
