-- E-mail opt-in per account (issue 9, 通知): the hand-over notices also go out by e-mail, to the person's 电子邮箱
ALTER TABLE user_account ADD COLUMN notify_email BOOLEAN DEFAULT FALSE NOT NULL;
