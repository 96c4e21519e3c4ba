-- An initial password set by someone else (a unit admin for a handler, an administrator for staff) must be changed
-- by the account's holder at the first login.
ALTER TABLE user_account ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
