-- The unit's side (人员管理, 权限管理, 单位信息): a handler's 身份证号 as 权限管理 lists it, and the unit's contact
-- data that its administrator keeps (单位信息).
-- Portable SQL: the same file migrates H2 (2.x) and PostgreSQL (15).
ALTER TABLE user_account ADD COLUMN id_number VARCHAR(18);
CREATE INDEX ix_user_account_unit ON user_account (unit_id, role);
CREATE INDEX ix_handler_grant_account ON handler_grant (account_id, kind);

ALTER TABLE unit ADD COLUMN contact_name VARCHAR(50);
ALTER TABLE unit ADD COLUMN fax VARCHAR(50);
ALTER TABLE unit ADD COLUMN postcode VARCHAR(10);
ALTER TABLE unit ADD COLUMN email VARCHAR(100);
ALTER TABLE unit ADD COLUMN contact_updated_by VARCHAR(60);
ALTER TABLE unit ADD COLUMN contact_updated_at TIMESTAMP;

-- 人员管理's search: 姓名 (prefix) within the unit; 证件号码 goes through uk_unit_person (unit_id, id_number)
CREATE INDEX ix_unit_person_unit_name ON unit_person (unit_id, name);
CREATE INDEX ix_unit_person_unit_created ON unit_person (unit_id, created_at);
