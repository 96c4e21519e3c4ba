-- 制证 and the public certificate query (stream f-cert). Portable SQL: H2 2.x and PostgreSQL 15.

-- The certificate numbers' counter, one row per review year: incremented under its row lock in the issuing
-- transaction, so numbers of a year are consecutive, never given twice, and a rolled-back issue gives its number back.
CREATE TABLE certificate_counter (
    review_year     INTEGER PRIMARY KEY,
    last_value      BIGINT NOT NULL
);

-- The public query's rate limit: one fixed window per client address, kept in the database so that every node
-- counts the same queries.
CREATE TABLE certificate_query_window (
    client_address  VARCHAR(64) PRIMARY KEY,
    window_start    TIMESTAMP NOT NULL,
    query_count     INTEGER NOT NULL
);

-- Every public query (page or JSON endpoint), answered or not; the ID number only masked. Append-only.
CREATE TABLE certificate_query (
    id              BIGINT PRIMARY KEY,
    queried_at      TIMESTAMP NOT NULL,
    client_address  VARCHAR(64) NOT NULL,
    channel         VARCHAR(10) NOT NULL,
    holder_name     VARCHAR(50),
    id_number_masked VARCHAR(30),
    certificate_no  VARCHAR(40),
    outcome         VARCHAR(20) NOT NULL,
    application_id  BIGINT REFERENCES application (id)
);
CREATE INDEX ix_certificate_query_address ON certificate_query (client_address, queried_at);
