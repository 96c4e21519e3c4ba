-- In-app messages (站内消息): each hand-over of an application tells its owner and the people who must act next.
-- Portable SQL: the same file migrates H2 (2.x) and PostgreSQL (15).
CREATE TABLE in_app_message (
    id              BIGINT PRIMARY KEY,
    account_id      BIGINT NOT NULL REFERENCES user_account (id),
    application_id  BIGINT,
    serial_no       VARCHAR(19),
    action          VARCHAR(40) NOT NULL,
    body            VARCHAR(500) NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    read_at         TIMESTAMP
);
-- the bell's count and the list: the caller's own messages, unread first by time
CREATE INDEX ix_in_app_message_account ON in_app_message (account_id, read_at, created_at);
