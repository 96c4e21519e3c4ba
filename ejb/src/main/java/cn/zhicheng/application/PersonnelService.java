package cn.zhicheng.application;

import java.io.InputStream;
import java.util.Optional;

import jakarta.ejb.Local;

/**
 * 人员管理 (manual 1.4.5, 4.3; SPEC §5): the caller's unit's personnel list (the people who may send applications to
 * the unit) with search and delete, the import template, the staging of an upload for the personnel-import job and
 * what the job did. UNIT_ADMIN, and UNIT_HANDLER granted the menu 人员管理; only the caller's own unit.
 */
@Local
public interface PersonnelService {

    /**
     * One page of the list, newest first.
     *
     * @param name     姓名 starting with this (blank: any)
     * @param idNumber 证件号码 starting with this (blank: any)
     * @param pageSize at most 100
     */
    Page<PersonnelRow> list(String name, String idNumber, int first, int pageSize);

    /** 导出Excel of 人员管理: the rows of {@link #list} (same unit, same search) above a key, by id, at most 1000. */
    java.util.List<PersonnelRow> listAfter(String name, String idNumber, Long afterId, int max);

    /** Removes one person from the unit's list (another unit's row is answered as not found). */
    void delete(long personnelId);

    /** 导入模板: an .xlsx with the header 姓名, 证件号码 (the 证件号码 column formatted as text). */
    ReportFile template();

    /**
     * Checks an uploaded template (not empty, an .xlsx by its content, the template's header, at least one row, one
     * import of the unit at a time) and stages it in the database for the personnel-import job; returns the new
     * import's id. A refused file changes nothing. Called by {@link PersonnelImportService#start}.
     */
    long stage(String fileName, InputStream content);

    /** The unit's latest import, if any. */
    Optional<ImportProgress> latestImport();

    /** One import of the caller's unit. */
    ImportProgress importProgress(long importId);

    /** The error report of an import: 行号, 姓名, 证件号码, 错误原因 of every rejected row (.xlsx). */
    ReportFile errorReport(long importId);
}
