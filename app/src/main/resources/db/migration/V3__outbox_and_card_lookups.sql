-- Mails written in the same transaction as the case step that causes them, sent afterwards and
-- retried until they go out: a step is never lost because a mail server is down.
CREATE TABLE outbox_mail (
    id              BIGSERIAL    PRIMARY KEY,
    municipality    VARCHAR(100) NOT NULL,
    case_id         VARCHAR(100),
    recipient       VARCHAR(320) NOT NULL,
    subject         VARCHAR(500) NOT NULL,
    body            TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    sent_at         TIMESTAMPTZ,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    last_error      TEXT
);
CREATE INDEX outbox_mail_due ON outbox_mail (next_attempt_at) WHERE sent_at IS NULL;
CREATE INDEX outbox_mail_municipality ON outbox_mail (municipality, created_at DESC);

-- Finds the case behind a confirmation link. Only the SHA-256 of the token is kept; whether the
-- link still works is the case's decision (newest link, not answered, not expired).
CREATE TABLE confirmation_link (
    token_hash         CHAR(64)     PRIMARY KEY,
    case_id            VARCHAR(100) NOT NULL,
    organisation_index INTEGER      NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL
);

-- Finds the card behind the code on its QR code, for the public check.
CREATE TABLE card_verification (
    code    VARCHAR(40)  PRIMARY KEY,
    case_id VARCHAR(100) NOT NULL UNIQUE
);

-- Gapless numbers per kind (e.g. volunteer cards), municipality and year.
CREATE TABLE case_number_counter (
    kind         VARCHAR(40)  NOT NULL,
    municipality VARCHAR(100) NOT NULL,
    year         INTEGER      NOT NULL,
    last_number  INTEGER      NOT NULL,
    PRIMARY KEY (kind, municipality, year)
);

-- Certificate numbers move to the shared counter, where they continue without a gap.
INSERT INTO case_number_counter (kind, municipality, year, last_number)
SELECT 'certificate', municipality, year, last_number FROM certificate_number_counter;
DROP TABLE certificate_number_counter;
