-- 个人信息 (issue 6): the applicant keeps a contact address next to phone and e-mail
ALTER TABLE person ADD COLUMN address VARCHAR(200);
