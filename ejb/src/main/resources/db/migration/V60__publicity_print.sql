-- 打印评前公示名单 / 打印评后公示名单 (f-reports): whether, when and by whom an applicant was printed on a publicity
-- list, per stage (PRE / POST), for the list's 打印状态 filter. Portable SQL (H2 2.x and PostgreSQL 15).
CREATE TABLE publicity_print (
    id              BIGINT PRIMARY KEY,
    application_id  BIGINT NOT NULL REFERENCES application (id),
    stage           VARCHAR(4) NOT NULL,
    first_printed_at TIMESTAMP NOT NULL,
    last_printed_at TIMESTAMP NOT NULL,
    printed_by      VARCHAR(60) NOT NULL,
    print_count     INTEGER NOT NULL,
    CONSTRAINT uq_publicity_print UNIQUE (application_id, stage)
);
