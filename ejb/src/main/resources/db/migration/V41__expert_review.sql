-- 专家评审 (人社部令第40号, SPEC §6): the committees' expert pools, the meetings, attendance, recusals, and the
-- secret ballot. Turnout (who voted on which applicant) and ballots (what was voted) are separate tables with no
-- column in common but the meeting and the applicant: a ballot has a random id, no time, no sequence, no voter.
-- Portable SQL: the same file migrates H2 (2.x) and PostgreSQL (15).

-- 专家库: one row per pool member, each with its own EXPERT account
CREATE TABLE expert (
    id              BIGINT PRIMARY KEY,
    committee_id    BIGINT NOT NULL REFERENCES committee (id),
    account_id      BIGINT NOT NULL UNIQUE REFERENCES user_account (id),
    name            VARCHAR(50) NOT NULL,
    unit_name       VARCHAR(200) NOT NULL,
    unit_org_code   VARCHAR(30) NOT NULL,
    specialty       VARCHAR(100) NOT NULL,
    title_level     VARCHAR(20) NOT NULL,
    term_start      DATE NOT NULL,
    term_end        DATE NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    created_by      VARCHAR(60) NOT NULL
);
CREATE INDEX ix_expert_committee ON expert (committee_id, name);

-- status: PLANNED (attendance being recorded), VOTING, CLOSED
CREATE TABLE expert_meeting (
    id                  BIGINT PRIMARY KEY,
    committee_id        BIGINT NOT NULL REFERENCES committee (id),
    meeting_date        DATE NOT NULL,
    place               VARCHAR(200),
    status              VARCHAR(10) NOT NULL,
    created_at          TIMESTAMP NOT NULL,
    created_by          VARCHAR(60) NOT NULL,
    voting_opened_at    TIMESTAMP,
    closed_at           TIMESTAMP,
    closed_by           VARCHAR(60),
    version             BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX ix_expert_meeting_committee ON expert_meeting (committee_id, meeting_date);

-- the members invited (the meeting's committee for this session) and their attendance
CREATE TABLE meeting_member (
    id              BIGINT PRIMARY KEY,
    meeting_id      BIGINT NOT NULL REFERENCES expert_meeting (id),
    expert_id       BIGINT NOT NULL REFERENCES expert (id),
    present         BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_meeting_member UNIQUE (meeting_id, expert_id)
);
CREATE INDEX ix_meeting_member_expert ON meeting_member (expert_id);

-- the applications reviewed; an application is on one meeting only (it leaves 专家评审 when the ballot closes).
-- The tally columns are written when the ballot closes.
CREATE TABLE meeting_application (
    id              BIGINT PRIMARY KEY,
    meeting_id      BIGINT NOT NULL REFERENCES expert_meeting (id),
    application_id  BIGINT NOT NULL UNIQUE REFERENCES application (id),
    position        INTEGER NOT NULL,
    eligible        INTEGER,
    in_favour       INTEGER,
    against         INTEGER,
    abstained       INTEGER,
    passed          BOOLEAN
);

-- reason: OWN_UNIT, FORMER_UNIT (found automatically) or DECLARED (the expert's own declaration)
CREATE TABLE meeting_recusal (
    id              BIGINT PRIMARY KEY,
    meeting_id      BIGINT NOT NULL REFERENCES expert_meeting (id),
    expert_id       BIGINT NOT NULL REFERENCES expert (id),
    application_id  BIGINT NOT NULL REFERENCES application (id),
    reason          VARCHAR(20) NOT NULL,
    note            VARCHAR(500),
    recorded_at     TIMESTAMP NOT NULL,
    CONSTRAINT uk_meeting_recusal UNIQUE (meeting_id, expert_id, application_id)
);

-- the experts who may open an application's dossier now: invited to its open meeting and not recused
CREATE TABLE expert_reader (
    application_id  BIGINT NOT NULL REFERENCES application (id),
    expert_username VARCHAR(60) NOT NULL,
    PRIMARY KEY (application_id, expert_username)
);

-- turnout: who has voted on which applicant, never what
CREATE TABLE meeting_turnout (
    meeting_id      BIGINT NOT NULL REFERENCES expert_meeting (id),
    application_id  BIGINT NOT NULL REFERENCES application (id),
    expert_id       BIGINT NOT NULL REFERENCES expert (id),
    PRIMARY KEY (meeting_id, application_id, expert_id)
);

-- ballots: what was voted (AGREE, DISAGREE, ABSTAIN), with no link to the voter
CREATE TABLE meeting_ballot (
    id              VARCHAR(36) PRIMARY KEY,
    meeting_id      BIGINT NOT NULL REFERENCES expert_meeting (id),
    application_id  BIGINT NOT NULL REFERENCES application (id),
    choice          VARCHAR(10) NOT NULL
);
CREATE INDEX ix_meeting_ballot ON meeting_ballot (meeting_id, application_id);
