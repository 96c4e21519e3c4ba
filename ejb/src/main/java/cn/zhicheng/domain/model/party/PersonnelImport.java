package cn.zhicheng.domain.model.party;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One 导入人员 of a unit: the uploaded template (staged in parts in {@code personnel_import_part}), the counts the
 * personnel-import job keeps as it goes, and its state. The rejected rows are in {@code personnel_import_error}.
 */
@Entity
@Table(name = "personnel_import")
public class PersonnelImport {

    /** The largest part of the staged file (one row of {@code personnel_import_part}). */
    public static final int PART_SIZE = 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "file_name")
    private String fileName;

    private String sha256;

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Column(name = "part_count")
    private int partCount;

    @Column(name = "total_rows")
    private int totalRows;

    @Column(name = "imported_rows")
    private int importedRows;

    @Column(name = "rejected_rows")
    private int rejectedRows;

    @Enumerated(EnumType.STRING)
    private ImportStatus status;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private LocalDateTime requestedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Version
    private long version;

    protected PersonnelImport() {
    }

    public PersonnelImport(long unitId, String fileName, String sha256, long sizeBytes, int partCount, int totalRows,
                           String requestedBy, LocalDateTime requestedAt) {
        this.unitId = unitId;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.partCount = partCount;
        this.totalRows = totalRows;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = ImportStatus.RUNNING;
    }

    /** A job execution (the first, or a restart) works on this import. */
    public void runBy(long executionId) {
        this.executionId = executionId;
        this.status = ImportStatus.RUNNING;
        this.finishedAt = null;
    }

    /** One chunk's rows: those it added to the list and those it rejected (a rerun of a chunk counts 0 again). */
    public void count(int imported, int rejected) {
        this.importedRows += imported;
        this.rejectedRows += rejected;
    }

    public void complete(LocalDateTime at) {
        this.status = ImportStatus.COMPLETED;
        this.finishedAt = at;
    }

    public void fail(LocalDateTime at) {
        this.status = ImportStatus.FAILED;
        this.finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public int getPartCount() {
        return partCount;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getImportedRows() {
        return importedRows;
    }

    public int getRejectedRows() {
        return rejectedRows;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }
}
