-- Read models: tables that Axon tracking processors build from the event store (see docs/read-side.md).
-- Each can be dropped and rebuilt from the events at any time; nothing here is the truth.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Every case of every type: what lists, searches and statistics across cases need.
CREATE TABLE case_index (
    case_id         VARCHAR(100) PRIMARY KEY,
    case_number     VARCHAR(40),
    case_type       VARCHAR(40)  NOT NULL,
    -- the program of a card, the award kind of a nomination, the kind of a network
    kind            VARCHAR(40),
    municipality    VARCHAR(100) NOT NULL,
    -- whom the case is about (a network: its name), and the same in lower case without accents
    person          VARCHAR(300) NOT NULL,
    person_key      VARCHAR(300) NOT NULL,
    -- the course of a qualification
    parent_id       VARCHAR(100),
    -- people named in the case who may see it: a network's coordinators, a prize call's jurors
    named_users     TEXT[]       NOT NULL DEFAULT '{}',
    status          VARCHAR(40)  NOT NULL,
    -- the type of the case's latest event
    current_step    VARCHAR(100) NOT NULL,
    opened_at       TIMESTAMPTZ  NOT NULL,
    last_changed_at TIMESTAMPTZ  NOT NULL,
    decided_at      TIMESTAMPTZ,
    closed_at       TIMESTAMPTZ,
    last_sequence   BIGINT       NOT NULL
);
CREATE INDEX case_index_listing ON case_index (municipality, case_type, opened_at DESC, case_id);
CREATE INDEX case_index_opened ON case_index (opened_at DESC, case_id);
CREATE INDEX case_index_number ON case_index (case_number);
CREATE INDEX case_index_person ON case_index USING gin (person_key gin_trgm_ops);
CREATE INDEX case_index_parent ON case_index (parent_id);

-- Courses with their participants' hours and every signed-off session.
CREATE TABLE course_list (
    course_id          VARCHAR(100) PRIMARY KEY,
    municipality       VARCHAR(100) NOT NULL,
    title              VARCHAR(300) NOT NULL,
    education_provider VARCHAR(300) NOT NULL,
    trainers           TEXT[]       NOT NULL,
    start_date         DATE         NOT NULL,
    end_date           DATE         NOT NULL,
    max_participants   INTEGER      NOT NULL,
    participants       INTEGER      NOT NULL,
    sessions           INTEGER      NOT NULL,
    scheduled_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX course_list_municipality ON course_list (municipality, start_date DESC, course_id);
CREATE INDEX course_list_trainers ON course_list USING gin (trainers);

CREATE TABLE course_participant (
    case_id        VARCHAR(100) PRIMARY KEY,
    course_id      VARCHAR(100)  NOT NULL,
    hours          NUMERIC(10,2) NOT NULL,
    required_hours NUMERIC(10,2) NOT NULL,
    registered_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX course_participant_course ON course_participant (course_id, registered_at, case_id);

CREATE TABLE course_sign_off (
    case_id           VARCHAR(100)  NOT NULL,
    session_id        VARCHAR(100)  NOT NULL,
    course_id         VARCHAR(100)  NOT NULL,
    held_on           DATE          NOT NULL,
    hours             NUMERIC(10,2) NOT NULL,
    module            VARCHAR(300)  NOT NULL,
    revoked           BOOLEAN       NOT NULL,
    revocation_reason TEXT,
    -- the sign-off's place in its case's history, to list sessions of one day in the order they were signed off
    case_sequence     BIGINT        NOT NULL,
    PRIMARY KEY (case_id, session_id)
);
CREATE INDEX course_sign_off_course ON course_sign_off (course_id);

-- Card applications: program, the applicant as the "one card per person and program" rule finds them,
-- the organisations' answers and the card's validity.
CREATE TABLE card_application (
    case_id       VARCHAR(100) PRIMARY KEY,
    program       VARCHAR(40)  NOT NULL,
    applicant_key VARCHAR(300) NOT NULL,
    birth_date    DATE         NOT NULL,
    organisations INTEGER      NOT NULL,
    confirmed     INTEGER      NOT NULL,
    disputed      INTEGER      NOT NULL,
    eligible      BOOLEAN,
    card_number   VARCHAR(40),
    valid_from    DATE,
    valid_until   DATE,
    renewal_of    VARCHAR(100)
);
CREATE INDEX card_application_applicant ON card_application (applicant_key, birth_date, program);

-- Nominations with their call (the prize category) and its jury.
CREATE TABLE nomination (
    case_id      VARCHAR(100) PRIMARY KEY,
    award_kind   VARCHAR(40)  NOT NULL,
    category     VARCHAR(100),
    jury         TEXT[]       NOT NULL,
    submitted_on DATE         NOT NULL,
    outcome      VARCHAR(20)
);
CREATE INDEX nomination_call ON nomination (award_kind, category);

-- Networks' members and applicants (latest state per municipality), and their development grants.
CREATE TABLE network_member (
    network_id   VARCHAR(100) NOT NULL,
    municipality VARCHAR(100) NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    since        DATE,
    until        DATE,
    PRIMARY KEY (network_id, municipality)
);
CREATE INDEX network_member_municipality ON network_member (municipality);

CREATE TABLE network_grant (
    grant_id     VARCHAR(100)  PRIMARY KEY,
    network_id   VARCHAR(100)  NOT NULL,
    municipality VARCHAR(100)  NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    requested_on DATE          NOT NULL,
    amount_eur   NUMERIC(12,2) NOT NULL,
    approved_eur NUMERIC(12,2),
    paid_eur     NUMERIC(12,2) NOT NULL,
    status       VARCHAR(30)   NOT NULL,
    decided_at   TIMESTAMPTZ
);
CREATE INDEX network_grant_network ON network_grant (network_id);
CREATE INDEX network_grant_municipality ON network_grant (municipality, requested_on);

-- Events a read model could not take are parked here (Axon's JDBC dead-letter queue) instead of
-- stopping the read model; the admin page lists and retries them.
CREATE TABLE deadletterentry (
    deadletteridentifier VARCHAR(255) NOT NULL PRIMARY KEY,
    processinggroup      VARCHAR(255) NOT NULL,
    sequenceidentifier   VARCHAR(255) NOT NULL,
    sequenceindex        BIGINT       NOT NULL,
    messagetype          VARCHAR(255) NOT NULL,
    eventidentifier      VARCHAR(255) NOT NULL,
    timestamp            VARCHAR(255) NOT NULL,
    payloadtype          VARCHAR(255) NOT NULL,
    payloadrevision      VARCHAR(255),
    payload              BYTEA        NOT NULL,
    metadata             BYTEA,
    type                 VARCHAR(255),
    aggregateidentifier  VARCHAR(255),
    sequencenumber       BIGINT,
    tokentype            VARCHAR(255),
    token                BYTEA,
    enqueuedat           VARCHAR(255) NOT NULL,
    lasttouched          VARCHAR(255),
    processingstarted    VARCHAR(255),
    causetype            VARCHAR(255),
    causemessage         VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT deadletterentry_sequence UNIQUE (processinggroup, sequenceidentifier, sequenceindex)
);
CREATE INDEX deadletterentry_group ON deadletterentry (processinggroup);
CREATE INDEX deadletterentry_sequence_group ON deadletterentry (processinggroup, sequenceidentifier);

-- Case numbers continue the running numbers of cards and certificates, which they now are.
UPDATE case_number_counter SET kind = 'card-application' WHERE kind = 'card';
UPDATE case_number_counter SET kind = 'qualification' WHERE kind = 'certificate';
