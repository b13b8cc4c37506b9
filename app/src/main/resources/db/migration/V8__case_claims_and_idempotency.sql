-- The domain's duplicate rules, enforced by the database: one row per rule and person (a hash of
-- what identifies them, never the data itself). Two identical submissions at the same moment meet
-- at the primary key; the second waits for the first and is then refused with the first's number.
-- A claim of a closed case may be taken over by a new one (see CaseClaims).
CREATE TABLE case_claim (
    rule        varchar(40) NOT NULL,
    claim_key   char(64)    NOT NULL,
    case_id     varchar(100) NOT NULL,
    case_number varchar(40) NOT NULL,
    claimed_at  timestamptz NOT NULL,
    PRIMARY KEY (rule, claim_key)
);
CREATE INDEX case_claim_by_case ON case_claim (case_id);

-- Answers to changing API requests sent with an Idempotency-Key, per user: the same key again gets
-- the same answer (and changes nothing). Kept for a day.
CREATE TABLE idempotent_request (
    username     varchar(100) NOT NULL,
    request_key  varchar(200) NOT NULL,
    request_hash char(64)     NOT NULL,
    status       integer,
    content_type varchar(200),
    location     varchar(1000),
    body         bytea,
    created_at   timestamptz  NOT NULL,
    PRIMARY KEY (username, request_key)
);
CREATE INDEX idempotent_request_by_age ON idempotent_request (created_at);
