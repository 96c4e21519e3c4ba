package cn.zhicheng.application;

import java.io.InputStream;
import java.io.Serializable;
import java.util.Optional;

import jakarta.ejb.Local;

/**
 * 导入人员 (batch module, job {@code personnel-import}): stages an uploaded template through
 * {@link PersonnelService#stage} under the caller's grants, then runs the import as the platform's identity, chunk
 * by chunk, restartable from its last checkpoint. UNIT_ADMIN, and UNIT_HANDLER granted 人员管理; only the caller's
 * own unit's imports.
 */
@Local
public interface PersonnelImportService {

    /** Checks and stages the file, starts its import; a refused file changes nothing and starts nothing. */
    ImportProgress start(String fileName, InputStream content, Options options);

    /** Continues a failed or stopped import from its last committed chunk. */
    ImportProgress restart(long importId);

    /** Where an import stands (the job's own state reconciled with the import's counts). */
    ImportProgress progress(long importId);

    /** The unit's latest import, if any. */
    Optional<ImportProgress> latest();

    /**
     * How the job runs.
     *
     * @param itemCount      rows per chunk (one transaction and checkpoint each)
     * @param failAfterItems fault injection for restart tests: the execution fails instead of writing the chunk that
     *                       would take it past this many rows; null in production
     */
    record Options(int itemCount, Integer failAfterItems) implements Serializable {
        public static final Options DEFAULT = new Options(500, null);
    }
}
