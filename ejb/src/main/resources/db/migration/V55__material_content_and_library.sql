-- f-materials: the uploaded bytes live in the database, so that a file and its row commit or roll back together
-- (nothing orphaned). One row per distinct content (SHA-256): the personal library (我的资料库) and every
-- application that reuses a file (共享上传) point at the same bytes.
CREATE TABLE material_content (
    sha256      VARCHAR(64) PRIMARY KEY,
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  BIGINT NOT NULL,
    content     BYTEA NOT NULL,
    created_at  TIMESTAMP NOT NULL
);

-- 我的资料库: every file a person uploaded, once per content; the per-person byte cap sums these rows
CREATE TABLE library_file (
    id               BIGINT PRIMARY KEY,
    owner_person_id  BIGINT NOT NULL REFERENCES person (id),
    sha256           VARCHAR(64) NOT NULL REFERENCES material_content (sha256),
    file_name        VARCHAR(255) NOT NULL,
    media_type       VARCHAR(100) NOT NULL,
    size_bytes       BIGINT NOT NULL,
    uploaded_at      TIMESTAMP NOT NULL,
    CONSTRAINT uq_library_owner_content UNIQUE (owner_person_id, sha256)
);

-- an application's attachment names the library file it came from (null: a unit-side upload, or demo data)
ALTER TABLE material_file ADD COLUMN library_file_id BIGINT REFERENCES library_file (id);
CREATE INDEX ix_material_library ON material_file (library_file_id);
