-- The personnel-import job (人员管理 → 导入人员): the uploaded template is staged in the database, in parts, so that
-- every node can read it (and a restart on another node too); rejected rows are kept per import for the error
-- report; each imported unit_person row names its import and sheet row, which makes a rerun of a chunk (after a
-- failure between the chunk's commit and its checkpoint) add nothing twice.
-- Portable SQL: the same file migrates H2 (2.x) and PostgreSQL (15); BYTEA is H2's alias of VARBINARY.

-- status: RUNNING (the job was started), COMPLETED, FAILED (stopped or failed: restartable)
CREATE TABLE personnel_import (
    id              BIGINT PRIMARY KEY,
    unit_id         BIGINT NOT NULL REFERENCES unit (id),
    file_name       VARCHAR(255) NOT NULL,
    sha256          VARCHAR(64) NOT NULL,
    size_bytes      BIGINT NOT NULL,
    part_count      INTEGER NOT NULL,
    total_rows      INTEGER NOT NULL,
    imported_rows   INTEGER NOT NULL DEFAULT 0,
    rejected_rows   INTEGER NOT NULL DEFAULT 0,
    status          VARCHAR(20) NOT NULL,
    execution_id    BIGINT,
    requested_by    VARCHAR(60) NOT NULL,
    requested_at    TIMESTAMP NOT NULL,
    finished_at     TIMESTAMP,
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX ix_personnel_import_unit ON personnel_import (unit_id, requested_at);

-- the uploaded file in parts of at most 1 MiB, removed once the import completed
CREATE TABLE personnel_import_part (
    import_id       BIGINT NOT NULL REFERENCES personnel_import (id),
    part_no         INTEGER NOT NULL,
    content         BYTEA NOT NULL,
    PRIMARY KEY (import_id, part_no)
);

-- the error report's rows: 行号, the values as typed (cut to the column), 错误原因
CREATE TABLE personnel_import_error (
    import_id       BIGINT NOT NULL REFERENCES personnel_import (id),
    row_no          INTEGER NOT NULL,
    name            VARCHAR(200),
    id_number       VARCHAR(200),
    reason          VARCHAR(200) NOT NULL,
    PRIMARY KEY (import_id, row_no)
);

ALTER TABLE unit_person ADD COLUMN import_id BIGINT REFERENCES personnel_import (id);
ALTER TABLE unit_person ADD COLUMN import_row INTEGER;
CREATE INDEX ix_unit_person_import ON unit_person (import_id, import_row);
