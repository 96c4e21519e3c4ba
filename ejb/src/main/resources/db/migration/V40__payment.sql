-- 网上支付 (manual chapter 7, SPEC §7): who collects the fee for each office (执收单位), the payment orders
-- (缴费通知书) and every notification the payment platform sent, accepted or refused.
-- Portable SQL: the same file migrates H2 (2.x) and PostgreSQL (15).

-- 执收单位名称 / 执收单位编码 per office (demo codes; the real ones come from the non-tax payment system)
CREATE TABLE payment_payee (
    office_id       BIGINT PRIMARY KEY REFERENCES office (id),
    payee_name      VARCHAR(200) NOT NULL,
    payee_code      VARCHAR(30) NOT NULL UNIQUE
);
INSERT INTO payment_payee (office_id, payee_name, payee_code) VALUES
    (101, '深圳市交通运输专业职称评审委员会办公室', '440300101001'),
    (102, '深圳市电子信息专业职称评审委员会办公室', '440300102001'),
    (103, '深圳市建设工程专业职称评审委员会办公室', '440300103001'),
    (104, '深圳市会计专业职称评审委员会办公室', '440300104001'),
    (105, '深圳市经济专业职称评审委员会办公室', '440300105001'),
    (106, '深圳市卫生专业职称评审委员会办公室', '440300106001'),
    (107, '深圳市档案职称评审委员会办公室', '440300107001');

-- status: UNPAID, PAID, EXPIRED. At most one UNPAID order per application (kept by the application's row lock).
CREATE TABLE payment_order (
    id              BIGINT PRIMARY KEY,
    order_no        VARCHAR(32) NOT NULL UNIQUE,
    application_id  BIGINT NOT NULL REFERENCES application (id),
    payee_name      VARCHAR(200) NOT NULL,
    payee_code      VARCHAR(30) NOT NULL,
    payer_name      VARCHAR(50) NOT NULL,
    payer_phone     VARCHAR(30),
    amount          DECIMAL(10, 2) NOT NULL,
    currency        VARCHAR(3) NOT NULL,
    status          VARCHAR(10) NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    deadline        TIMESTAMP NOT NULL,
    paid_at         TIMESTAMP,
    transaction_no  VARCHAR(64) UNIQUE,
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX ix_payment_order_application ON payment_order (application_id, status);

-- every notification received (a replay too), with what became of it; the refused ones also in security_event
CREATE TABLE payment_notification (
    id              BIGINT PRIMARY KEY,
    received_at     TIMESTAMP NOT NULL,
    order_no        VARCHAR(64),
    transaction_no  VARCHAR(64),
    amount          VARCHAR(30),
    currency        VARCHAR(10),
    outcome         VARCHAR(30) NOT NULL,
    remote_address  VARCHAR(64)
);
CREATE INDEX ix_payment_notification_order ON payment_notification (order_no, received_at);
