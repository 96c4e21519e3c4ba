-- The deadline cut-off job's record of done deadlines (who ran it, who asked for it, when, what it closed).
-- A row stands for one deadline value: moving a deadline makes a new cut-off due, the old row stays as history.
-- committee_id NULL: the drafts without a specialty (no committee yet), cut off at the review year's office_deadline.
CREATE TABLE deadline_cutoff (
    id                  BIGINT PRIMARY KEY,
    review_year_id      BIGINT NOT NULL REFERENCES review_year (id),
    committee_id        BIGINT REFERENCES committee (id),
    deadline            TIMESTAMP NOT NULL,
    closed_count        INTEGER NOT NULL,
    skipped_count       INTEGER NOT NULL,
    job_execution_id    BIGINT NOT NULL,
    requested_by        VARCHAR(60) NOT NULL,
    done_by             VARCHAR(60) NOT NULL,
    done_at             TIMESTAMP NOT NULL
);
CREATE INDEX ix_deadline_cutoff_year ON deadline_cutoff (review_year_id, committee_id);

-- the cut-off's reader pages one committee's applications of a year by id
CREATE INDEX ix_application_cutoff ON application (review_year_id, committee_id, id);
