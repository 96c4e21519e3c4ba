package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDateTime;

import cn.zhicheng.domain.model.party.ImportStatus;
import cn.zhicheng.domain.model.party.UnitRefusedException;
import cn.zhicheng.domain.shared.MessageKey;

/**
 * A personnel import as 人员管理 shows it: the file, the rows it holds, how many were imported and rejected so far,
 * and its state; the progress bar reads {@link #percent()}.
 */
public record ImportProgress(long importId, String fileName, ImportStatus status, int totalRows, int importedRows,
                             int rejectedRows, String requestedBy, LocalDateTime requestedAt,
                             LocalDateTime finishedAt, Long executionId) implements Serializable {

    public int processedRows() {
        return importedRows + rejectedRows;
    }

    /** 0–100; 100 only once completed. */
    public int percent() {
        if (status == ImportStatus.COMPLETED) {
            return 100;
        }
        return totalRows == 0 ? 0 : Math.min(99, (int) (100L * processedRows() / totalRows));
    }

    public boolean running() {
        return status == ImportStatus.RUNNING;
    }

    /** Stopped or failed on the way: a restart continues from the last committed chunk. */
    public boolean restartable() {
        return status == ImportStatus.FAILED;
    }

    /** Refuses (with the state it is in) an import that cannot be continued. */
    public ImportProgress requireRestartable() {
        if (!restartable() || executionId == null) {
            throw new UnitRefusedException(MessageKey.IMPORT_NOT_RESTARTABLE, status);
        }
        return this;
    }

    public ImportProgress withStatus(ImportStatus s) {
        return new ImportProgress(importId, fileName, s, totalRows, importedRows, rejectedRows, requestedBy,
                requestedAt, finishedAt, executionId);
    }
}
