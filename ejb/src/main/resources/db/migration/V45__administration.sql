-- Administration (batch console, catalogue administration). Portable SQL: the same file migrates H2 (2.x) and
-- PostgreSQL (15).

-- what a job execution expects to process, written by the job when its step opens, so that the console can show
-- progress (done / expected) while it runs; JBeret's own tables hold the counts
CREATE TABLE batch_job_progress (
    job_execution_id    BIGINT PRIMARY KEY,
    expected_items      BIGINT NOT NULL,
    recorded_at         TIMESTAMP NOT NULL
);

-- the catalogue's change history (who, when, before/after), append-only
CREATE TABLE catalogue_change (
    id              BIGINT PRIMARY KEY,
    occurred_at     TIMESTAMP NOT NULL,
    username        VARCHAR(60) NOT NULL,
    entity          VARCHAR(40) NOT NULL,
    entity_key      VARCHAR(60) NOT NULL,
    change_action   VARCHAR(20) NOT NULL,
    before_text     VARCHAR(2000),
    after_text      VARCHAR(2000)
);
CREATE INDEX ix_catalogue_change_time ON catalogue_change (occurred_at, id);

-- raised by every catalogue edit in the edit's transaction: a node that reads a revision other than the one it last
-- saw evicts the catalogue from its shared cache (an edit made on another node shows at once)
CREATE TABLE catalogue_revision (
    id          INTEGER PRIMARY KEY,
    revision    BIGINT NOT NULL
);
INSERT INTO catalogue_revision (id, revision) VALUES (1, 0);
