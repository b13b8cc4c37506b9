-- Crypto-shredding: personal data in events and snapshots is sealed with a key per data subject and
-- aggregate; the keys, wrapped with the master key, live here. Destroying a key (wrapped_key NULL)
-- erases that person's data in that aggregate wherever it is stored.
CREATE TABLE subject_key (
    key_id       UUID         PRIMARY KEY,
    subject_id   VARCHAR(40)  NOT NULL,
    aggregate_id VARCHAR(255) NOT NULL,
    wrapped_key  BYTEA,
    created_at   TIMESTAMPTZ  NOT NULL,
    erased_at    TIMESTAMPTZ,
    CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL))
);
CREATE UNIQUE INDEX subject_key_current ON subject_key (subject_id, aggregate_id) WHERE erased_at IS NULL;
CREATE INDEX subject_key_aggregate ON subject_key (aggregate_id);

-- Who is named where: a read model of the data subjects in the events, for the data protection
-- officer's search and report. A subject's rows go when they are erased.
CREATE TABLE data_subject (
    subject_id     VARCHAR(40)  NOT NULL,
    aggregate_id   VARCHAR(255) NOT NULL,
    aggregate_type VARCHAR(100) NOT NULL,
    role           VARCHAR(40)  NOT NULL,
    name           VARCHAR(300) NOT NULL,
    name_key       VARCHAR(300) NOT NULL,
    birth_date     DATE,
    email          VARCHAR(320),
    first_named_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (subject_id, aggregate_id, role)
);
CREATE INDEX data_subject_name ON data_subject USING gin (name_key gin_trgm_ops);
CREATE INDEX data_subject_aggregate ON data_subject (aggregate_id);

-- an applicant's birth date reads as empty once they are erased
ALTER TABLE card_application ALTER COLUMN birth_date DROP NOT NULL;
