-- Finds the nomination behind a link to its nominator (a question) or a reference (a statement).
-- Only the SHA-256 of the token is kept; whether the link still works is the case's decision.
CREATE TABLE nomination_link (
    token_hash      CHAR(64)     PRIMARY KEY,
    case_id         VARCHAR(100) NOT NULL,
    purpose         VARCHAR(20)  NOT NULL,
    reference_index INTEGER      NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);
