package cn.zhicheng.application;

import java.util.List;

import jakarta.ejb.Local;

/**
 * The personnel-import job's work (batch module, job {@code personnel-import}), run as the platform's SYSTEM
 * identity on the import's own unit (set when the upload was staged, under the uploader's grants).
 */
@Local
public interface PersonnelImportSteps {

    /** How many parts the staged file has. */
    int partCount(long importId);

    /** One part of the staged file (at most 1 MiB). */
    byte[] part(long importId, int partNo);

    /** An execution (first run or restart) works on the import now. */
    void running(long importId, long executionId);

    /**
     * Checks and writes one chunk in the caller's (the chunk's) transaction: valid rows are added to the unit's list,
     * rejected ones to the error report with their reason (姓名 missing, not a valid resident ID, a duplicate in the
     * file, already on the unit's list); rows this import already wrote (a rerun after a restart) are left alone.
     */
    ImportCount write(long importId, List<ImportRow> rows);

    /** The job ended: completed (the staged file is removed) or not (restartable). */
    void finished(long importId, boolean completed);
}
