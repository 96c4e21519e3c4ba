-- Accounts and their defences (issue 9): registration, recovery by one-time codes, the notification outbox, the login
-- challenge, the lockout of unknown names, sessions ended by a password change.
-- Portable SQL: the same file migrates H2 (2.x) and PostgreSQL (15).

-- the phone an account was registered with (individuals also keep it on their person); a change or reset of the
-- password raises session_epoch, and every session opened under an older epoch ends at its next request
ALTER TABLE user_account ADD COLUMN phone VARCHAR(20);
ALTER TABLE user_account ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE user_account ADD COLUMN notify_sms BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_user_account_phone ON user_account (phone);
CREATE INDEX ix_person_phone ON person (phone);

-- one-time codes (6 digits, 10 minutes, single use, 5 tries); the limits per phone count these rows
CREATE TABLE one_time_code (
    id              BIGINT PRIMARY KEY,
    phone           VARCHAR(20) NOT NULL,
    purpose         VARCHAR(20) NOT NULL,
    subject         VARCHAR(60),
    code_hash       VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    expires_at      TIMESTAMP NOT NULL,
    tries           INTEGER DEFAULT 0 NOT NULL,
    used_at         TIMESTAMP,
    version         BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX ix_one_time_code_phone ON one_time_code (phone, created_at);

-- what the built-in SMS / e-mail simulator "sent" (系统管理 › 消息发件箱)
CREATE TABLE outbox_message (
    id              BIGINT PRIMARY KEY,
    channel         VARCHAR(10) NOT NULL,
    recipient       VARCHAR(100) NOT NULL,
    body            VARCHAR(1000) NOT NULL,
    created_at      TIMESTAMP NOT NULL
);
CREATE INDEX ix_outbox_recipient ON outbox_message (recipient, created_at);
CREATE INDEX ix_outbox_created ON outbox_message (created_at);

-- the platform's own challenge (a picture of digits); single use, short-lived
CREATE TABLE login_challenge (
    id              BIGINT PRIMARY KEY,
    token           VARCHAR(64) NOT NULL UNIQUE,
    answer          VARCHAR(10) NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    expires_at      TIMESTAMP NOT NULL,
    used_at         TIMESTAMP,
    version         BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX ix_login_challenge_created ON login_challenge (created_at);

-- failures for names that are no account: counted and locked like real ones, so the lockout reveals nothing
CREATE TABLE login_name_counter (
    name_key        VARCHAR(60) PRIMARY KEY,
    failed_attempts INTEGER DEFAULT 0 NOT NULL,
    locked_until    TIMESTAMP,
    version         BIGINT DEFAULT 0 NOT NULL
);

-- the client (browser cookie) of a login event, for the challenge after two failures; the throttle reads by address
ALTER TABLE security_event ADD COLUMN client_key VARCHAR(64);
CREATE INDEX ix_security_event_address ON security_event (remote_address, occurred_at);
CREATE INDEX ix_security_event_client ON security_event (client_key, occurred_at);
CREATE INDEX ix_security_event_time ON security_event (occurred_at);
