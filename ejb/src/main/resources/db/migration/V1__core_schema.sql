-- Core schema: catalogue, parties and accounts, applications and their append-only history.
-- Portable SQL: the same file migrates H2 (2.x) and PostgreSQL (15).

CREATE SEQUENCE zc_seq START WITH 1000 INCREMENT BY 50;

-- ---------------------------------------------------------------- catalogue
CREATE TABLE office (
    id              BIGINT PRIMARY KEY,
    name            VARCHAR(200) NOT NULL UNIQUE,
    phone           VARCHAR(50),
    address         VARCHAR(300)
);

CREATE TABLE committee (
    id              BIGINT PRIMARY KEY,
    name            VARCHAR(200) NOT NULL UNIQUE,
    office_id       BIGINT NOT NULL REFERENCES office (id),
    member_count    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE title_series (
    id              BIGINT PRIMARY KEY,
    name            VARCHAR(100) NOT NULL UNIQUE
);

-- level: JUNIOR 初级, INTERMEDIATE 中级, DEPUTY_SENIOR 副高级, SENIOR 正高级
CREATE TABLE title (
    id              BIGINT PRIMARY KEY,
    series_id       BIGINT NOT NULL REFERENCES title_series (id),
    title_level     VARCHAR(20) NOT NULL,
    name            VARCHAR(100) NOT NULL,
    CONSTRAINT uk_title UNIQUE (series_id, title_level, name)
);

-- exam_mode: NONE, EXAM_INSTEAD 以考代评, EXAM_AND_REVIEW 考评结合
CREATE TABLE specialty (
    id              BIGINT PRIMARY KEY,
    title_id        BIGINT NOT NULL REFERENCES title (id),
    name            VARCHAR(100) NOT NULL,
    exam_mode       VARCHAR(20) NOT NULL,
    committee_id    BIGINT NOT NULL REFERENCES committee (id),
    CONSTRAINT uk_specialty UNIQUE (title_id, name)
);

CREATE TABLE review_year (
    id                          BIGINT PRIMARY KEY,
    review_year                 INTEGER NOT NULL UNIQUE,
    application_start           TIMESTAMP NOT NULL,
    application_end             TIMESTAMP NOT NULL,
    office_deadline             TIMESTAMP NOT NULL,
    seniority_cutoff            DATE NOT NULL,
    material_cutoff             DATE NOT NULL,
    continuing_education_from   DATE NOT NULL,
    announcement_url            VARCHAR(500)
);

-- a committee's own deadline for the year, when it differs from the review year's office_deadline;
-- closed_at is set by the deadline cut-off (idempotent)
CREATE TABLE committee_deadline (
    committee_id    BIGINT NOT NULL REFERENCES committee (id),
    review_year_id  BIGINT NOT NULL REFERENCES review_year (id),
    office_deadline TIMESTAMP NOT NULL,
    closed_at       TIMESTAMP,
    PRIMARY KEY (committee_id, review_year_id)
);

CREATE TABLE fee (
    title_level     VARCHAR(20) PRIMARY KEY,
    amount          DECIMAL(10, 2) NOT NULL,
    note            VARCHAR(200)
);

-- kind: HOLIDAY (a day off) or WORKDAY (a weekend day worked in exchange)
CREATE TABLE calendar_day (
    calendar_date   DATE PRIMARY KEY,
    kind            VARCHAR(10) NOT NULL,
    name            VARCHAR(100) NOT NULL
);

-- ---------------------------------------------------------------- parties
CREATE TABLE unit (
    id              BIGINT PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    org_code        VARCHAR(30) NOT NULL UNIQUE,
    address         VARCHAR(300),
    contact_phone   VARCHAR(50)
);

CREATE TABLE person (
    id              BIGINT PRIMARY KEY,
    name            VARCHAR(50) NOT NULL,
    id_type         VARCHAR(20) NOT NULL,
    id_number       VARCHAR(30) NOT NULL UNIQUE,
    gender          VARCHAR(10),
    birth_date      DATE,
    phone           VARCHAR(30),
    email           VARCHAR(100)
);

-- the unit's personnel list (人员管理): people who may send applications to the unit
CREATE TABLE unit_person (
    id              BIGINT PRIMARY KEY,
    unit_id         BIGINT NOT NULL REFERENCES unit (id),
    name            VARCHAR(50) NOT NULL,
    id_type         VARCHAR(20) NOT NULL,
    id_number       VARCHAR(30) NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    created_by      VARCHAR(60) NOT NULL,
    CONSTRAINT uk_unit_person UNIQUE (unit_id, id_number)
);
CREATE INDEX ix_unit_person_id_number ON unit_person (id_number);

-- account_type: PERSONAL (个人登录) or UNIT (单位登录); role: see cn.zhicheng.domain.model.party.Role
CREATE TABLE user_account (
    id                  BIGINT PRIMARY KEY,
    username            VARCHAR(60) NOT NULL UNIQUE,
    account_type        VARCHAR(10) NOT NULL,
    role                VARCHAR(20) NOT NULL,
    display_name        VARCHAR(100) NOT NULL,
    person_id           BIGINT REFERENCES person (id),
    unit_id             BIGINT REFERENCES unit (id),
    committee_id        BIGINT REFERENCES committee (id),
    office_id           BIGINT REFERENCES office (id),
    password_hash       VARCHAR(200) NOT NULL,
    enabled             BOOLEAN NOT NULL DEFAULT TRUE,
    failed_attempts     INTEGER NOT NULL DEFAULT 0,
    locked_until        TIMESTAMP,
    last_login_at       TIMESTAMP,
    created_at          TIMESTAMP NOT NULL,
    version             BIGINT NOT NULL DEFAULT 0
);

-- kind: BUSINESS_ITEM (业务授权) or MENU (功能菜单授权)
CREATE TABLE handler_grant (
    id              BIGINT PRIMARY KEY,
    account_id      BIGINT NOT NULL REFERENCES user_account (id),
    kind            VARCHAR(20) NOT NULL,
    code            VARCHAR(60) NOT NULL,
    granted_by      VARCHAR(60) NOT NULL,
    granted_at      TIMESTAMP NOT NULL,
    CONSTRAINT uk_handler_grant UNIQUE (account_id, kind, code)
);

-- login successes, failures, lockouts and refused actions; never a password
CREATE TABLE security_event (
    id              BIGINT PRIMARY KEY,
    occurred_at     TIMESTAMP NOT NULL,
    username        VARCHAR(60),
    event_type      VARCHAR(30) NOT NULL,
    remote_address  VARCHAR(64),
    detail          VARCHAR(500)
);
CREATE INDEX ix_security_event_user ON security_event (username, occurred_at);

-- ---------------------------------------------------------------- applications
CREATE TABLE serial_counter (
    counter_day     DATE PRIMARY KEY,
    last_value      BIGINT NOT NULL
);

CREATE TABLE application (
    id                  BIGINT PRIMARY KEY,
    serial_no           VARCHAR(19) NOT NULL UNIQUE,
    state               VARCHAR(30) NOT NULL,
    returned_from       VARCHAR(30),
    applicant_id        BIGINT NOT NULL REFERENCES person (id),
    applicant_name      VARCHAR(50) NOT NULL,
    unit_id             BIGINT REFERENCES unit (id),
    specialty_id        BIGINT REFERENCES specialty (id),
    committee_id        BIGINT REFERENCES committee (id),
    review_year_id      BIGINT REFERENCES review_year (id),
    summary             VARCHAR(200),
    handling_dept       VARCHAR(200),
    form_id             BIGINT,
    certificate_no      VARCHAR(40) UNIQUE,
    created_at          TIMESTAMP NOT NULL,
    submitted_at        TIMESTAMP,
    updated_at          TIMESTAMP NOT NULL,
    version             BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX ix_application_unit_state ON application (unit_id, state, submitted_at);
CREATE INDEX ix_application_committee_state ON application (committee_id, state, submitted_at);
CREATE INDEX ix_application_applicant_state ON application (applicant_id, state, created_at);
CREATE INDEX ix_application_year_state ON application (review_year_id, state);

CREATE TABLE application_history (
    id                  BIGINT PRIMARY KEY,
    application_id      BIGINT NOT NULL REFERENCES application (id),
    occurred_at         TIMESTAMP NOT NULL,
    actor_username      VARCHAR(60) NOT NULL,
    actor_role          VARCHAR(20) NOT NULL,
    action              VARCHAR(40) NOT NULL,
    from_state          VARCHAR(30) NOT NULL,
    to_state            VARCHAR(30) NOT NULL,
    opinion             VARCHAR(2000),
    attachment_refs     VARCHAR(1000)
);
CREATE INDEX ix_history_application ON application_history (application_id, occurred_at);

-- materials metadata (附件); files live in the material store, addressed by sha256
CREATE TABLE material_file (
    id                  BIGINT PRIMARY KEY,
    owner_person_id     BIGINT REFERENCES person (id),
    owner_unit_id       BIGINT REFERENCES unit (id),
    application_id      BIGINT REFERENCES application (id),
    material_kind       VARCHAR(40) NOT NULL,
    file_name           VARCHAR(255) NOT NULL,
    content_type        VARCHAR(100) NOT NULL,
    size_bytes          BIGINT NOT NULL,
    sha256              VARCHAR(64) NOT NULL,
    uploaded_at         TIMESTAMP NOT NULL,
    uploaded_by         VARCHAR(60) NOT NULL
);
CREATE INDEX ix_material_application ON material_file (application_id, material_kind);
CREATE INDEX ix_material_owner ON material_file (owner_person_id);
