-- Decision records (issue 5 §3): one row per decision in decision_record, written in the same transaction as its
-- history entry; the kinds that carry more than an opinion add a row in their own table with the same id.
CREATE TABLE decision_record (
    id                  BIGINT PRIMARY KEY,
    kind                VARCHAR(20) NOT NULL,
    application_id      BIGINT NOT NULL REFERENCES application (id),
    history_id          BIGINT NOT NULL UNIQUE REFERENCES application_history (id),
    action              VARCHAR(40) NOT NULL,
    decided_at          TIMESTAMP NOT NULL,
    actor_username      VARCHAR(60) NOT NULL,
    actor_role          VARCHAR(20) NOT NULL,
    opinion             VARCHAR(2000)
);
CREATE INDEX ix_decision_application ON decision_record (application_id, decided_at);

-- 单位审核通过
CREATE TABLE decision_unit_review (
    id                              BIGINT PRIMARY KEY REFERENCES decision_record (id),
    continuing_education_opinion    VARCHAR(1000) NOT NULL,
    negative_opinion                VARCHAR(1000) NOT NULL,
    evaluation                      VARCHAR(4000) NOT NULL,
    exam_instead_of_review          BOOLEAN NOT NULL
);

-- 单位年度考核情况
CREATE TABLE decision_appraisal (
    decision_id         BIGINT NOT NULL REFERENCES decision_unit_review (id),
    position            INTEGER NOT NULL,
    appraisal_year      INTEGER NOT NULL,
    result              VARCHAR(40) NOT NULL,
    PRIMARY KEY (decision_id, position)
);

-- 评前公示 / 评后公示 / 人社公示 result
CREATE TABLE decision_publicity (
    id                  BIGINT PRIMARY KEY REFERENCES decision_record (id),
    start_date          DATE NOT NULL,
    end_date            DATE NOT NULL,
    working_days        INTEGER NOT NULL,
    passed              BOOLEAN NOT NULL
);

-- 评前审核退回修改 and its return items (一次性告知)
CREATE TABLE decision_office_return (
    id                  BIGINT PRIMARY KEY REFERENCES decision_record (id)
);
CREATE TABLE decision_return_item (
    decision_id         BIGINT NOT NULL REFERENCES decision_office_return (id),
    position            INTEGER NOT NULL,
    section             VARCHAR(100) NOT NULL,
    note                VARCHAR(1000) NOT NULL,
    PRIMARY KEY (decision_id, position)
);

-- 缴费成功 (the platform's confirmed order)
CREATE TABLE decision_payment (
    id                  BIGINT PRIMARY KEY REFERENCES decision_record (id),
    order_no            VARCHAR(64) NOT NULL,
    amount              DECIMAL(12, 2) NOT NULL,
    paid_at             TIMESTAMP NOT NULL
);

-- 专家评审 result as recorded by the office
CREATE TABLE decision_meeting_result (
    id                  BIGINT PRIMARY KEY REFERENCES decision_record (id),
    passed              BOOLEAN NOT NULL,
    present             INTEGER NOT NULL,
    in_favour           INTEGER NOT NULL,
    against             INTEGER NOT NULL,
    abstained           INTEGER NOT NULL
);

-- 制证
CREATE TABLE decision_certificate (
    id                  BIGINT PRIMARY KEY REFERENCES decision_record (id),
    certificate_no      VARCHAR(40) NOT NULL UNIQUE
);
