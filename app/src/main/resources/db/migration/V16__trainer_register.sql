-- The trainer register (issue 14): one row per register entry and per candidate on the way to one,
-- a projection of the trainer qualification cases and of the courses their trainers ran.
CREATE TABLE trainer_register (
    trainer_id          VARCHAR(100) PRIMARY KEY,
    case_number         VARCHAR(40)  NOT NULL,
    municipality        VARCHAR(100) NOT NULL,
    name                VARCHAR(300) NOT NULL,
    name_key            VARCHAR(300) NOT NULL,
    status              VARCHAR(40)  NOT NULL,
    qualified_since     DATE,
    username            VARCHAR(200),
    education_providers TEXT[]       NOT NULL DEFAULT '{}',
    opened_at           TIMESTAMPTZ  NOT NULL
);
CREATE INDEX trainer_register_municipality ON trainer_register (municipality, name_key, trainer_id);
CREATE INDEX trainer_register_username ON trainer_register (username);

-- Which user account signs in as which registered trainer: written in the transaction that links
-- them, so that a course or a sign-off checks it at once (not a projection that may lag behind).
CREATE TABLE trainer_account (
    username     VARCHAR(200) PRIMARY KEY,
    trainer_id   VARCHAR(100) NOT NULL UNIQUE,
    municipality VARCHAR(100) NOT NULL,
    linked_at    TIMESTAMPTZ  NOT NULL
);
