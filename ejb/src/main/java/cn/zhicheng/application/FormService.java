package cn.zhicheng.application;

import jakarta.ejb.Local;

import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.application.form.FormList;
import cn.zhicheng.application.form.FormListRow;
import cn.zhicheng.application.form.FormSaved;
import cn.zhicheng.application.form.FormSection;

/**
 * The 申报表, read by everyone whose scope covers the application and written by its applicant section by section
 * and row by row. Every write names the version the screen was built from and returns the new one; a write on a
 * stale version is refused ({@code ConcurrentUpdateException}) and changes nothing. Writes only in 草稿 and 退回修改.
 */
@Local
public interface FormService {

    /** The whole form; an application out of the caller's scope is answered as a missing one. */
    ApplicationFormView form(long applicationId);

    /** Saves one single section (the specialty by id: the application then goes to that specialty's committee). */
    FormSaved saveSection(long applicationId, long expectedVersion, FormSection section);

    /** Appends a row to its list; the answer carries the new row's id. */
    FormSaved addRow(long applicationId, long expectedVersion, FormListRow row);

    /** Overwrites the values of the row with {@code row.getId()} in place (its id does not change). */
    FormSaved updateRow(long applicationId, long expectedVersion, FormListRow row);

    /** Removes one row; the other rows keep their ids and order. */
    FormSaved deleteRow(long applicationId, long expectedVersion, FormList list, long rowId);
}
