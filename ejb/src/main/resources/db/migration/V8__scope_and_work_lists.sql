-- Who sees what (ARCHITECTURE §3): the office sees an application only once it entered 日常工作部门评前审核,
-- a fact the state alone loses (a publicity failure, a termination after a unit return, a deadline closure).
-- Portable SQL: the same file migrates H2 (2.x) and PostgreSQL (15).
ALTER TABLE application ADD COLUMN reached_office_at TIMESTAMP;

-- applications already in the database: the first time their history entered the office's pre-audit
UPDATE application SET reached_office_at = (
    SELECT MIN(h.occurred_at) FROM application_history h
    WHERE h.application_id = application.id AND h.to_state = 'OFFICE_PRE_AUDIT');

-- the scope columns of the work lists (unit: ix_application_unit_state, individual: ix_application_applicant_state)
CREATE INDEX ix_application_committee_reached ON application (committee_id, reached_office_at, submitted_at);
CREATE INDEX ix_application_state_submitted ON application (state, submitted_at);
-- the work-list filters: 申请人 (name prefix; the ID number goes through person's unique index), series (through
-- the specialty), submission date range; 业务流水号 prefixes use the unique index of serial_no
CREATE INDEX ix_application_applicant_name ON application (applicant_name);
CREATE INDEX ix_application_specialty ON application (specialty_id);
CREATE INDEX ix_application_submitted ON application (submitted_at);
