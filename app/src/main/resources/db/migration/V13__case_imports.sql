-- Imports of existing cases from a municipality's previous register. The uploaded file (personal data
-- in clear) is kept only until the import has ended or, never started, for a day; the record of the
-- import, its dry-run findings (no personal data: row, column, message code) and which row became
-- which case stay.
CREATE TABLE case_import (
    id            UUID PRIMARY KEY,
    kind          TEXT        NOT NULL,
    municipality  TEXT        NOT NULL,
    file_name     TEXT        NOT NULL,
    file_sha256   TEXT        NOT NULL,
    content       BYTEA,
    uploaded_by   TEXT        NOT NULL,
    uploaded_at   TIMESTAMPTZ NOT NULL,
    status        TEXT        NOT NULL,
    rows_total    INTEGER     NOT NULL,
    rows_valid    INTEGER     NOT NULL,
    problems      JSONB       NOT NULL,
    started_by    TEXT,
    started_role  TEXT,
    started_at    TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ,
    heartbeat_at  TIMESTAMPTZ
);
CREATE INDEX case_import_by_municipality ON case_import (municipality, uploaded_at DESC);
-- A file is taken over once per municipality and kind (a second upload of it is refused).
CREATE UNIQUE INDEX case_import_file_once ON case_import (municipality, kind, file_sha256)
    WHERE status IN ('running', 'done');

-- One row per row of the file that has been dealt with, written in the transaction that opened its
-- case: an import resumed after a crash skips exactly these.
CREATE TABLE case_import_row (
    import_id   UUID    NOT NULL REFERENCES case_import (id),
    row_number  INTEGER NOT NULL,
    case_id     TEXT,
    case_number TEXT,
    refusal     JSONB,
    PRIMARY KEY (import_id, row_number)
);
