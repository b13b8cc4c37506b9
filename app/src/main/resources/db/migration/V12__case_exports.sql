-- Exports of many cases at once for auditors: who asked for which cases and when (kept), and the file
-- (personal data in clear: removed a day after it was made).
CREATE TABLE case_export (
    id            UUID PRIMARY KEY,
    requested_by  TEXT        NOT NULL,
    municipality  TEXT        NOT NULL,
    case_type     TEXT,
    opened_from   DATE,
    opened_until  DATE,
    status        TEXT        NOT NULL,
    total         INTEGER     NOT NULL DEFAULT 0,
    done          INTEGER     NOT NULL DEFAULT 0,
    file          BYTEA,
    file_name     TEXT,
    requested_at  TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ,
    expires_at    TIMESTAMPTZ
);
CREATE INDEX case_export_by_requester ON case_export (requested_by, requested_at DESC);
