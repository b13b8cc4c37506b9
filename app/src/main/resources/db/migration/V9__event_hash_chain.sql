-- The audit trail proves itself: every event carries a SHA-256 hash over its stored content and the
-- hash of the case's previous event (docs/audit-trail.md gives the algorithm; AuditChain.java and
-- the offline verifier compute the same). The database computes it in the inserting transaction, so
-- nothing the application or an import writes escapes the chain.

-- A field of the hashed content: its length (4 bytes, big-endian) and its bytes; NULL is length -1.
CREATE FUNCTION casebook_hash_field(value BYTEA) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT CASE WHEN value IS NULL THEN '\xffffffff'::BYTEA ELSE int4send(length(value)) || value END
$$;

CREATE FUNCTION casebook_text_field(value TEXT) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT casebook_hash_field(convert_to(value, 'UTF8'))
$$;

-- Payload and metadata enter as their own SHA-256, so that a case's chain can be checked from an
-- export that shows the payloads redacted.
CREATE FUNCTION casebook_event_hash(previous BYTEA, globalindex BIGINT, aggregateidentifier TEXT,
                                    sequencenumber BIGINT, type TEXT, eventidentifier TEXT, payloadtype TEXT,
                                    payloadrevision TEXT, event_timestamp TEXT, payload BYTEA, metadata BYTEA)
    RETURNS BYTEA
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT sha256(previous
                  || int8send(globalindex)
                  || casebook_text_field(aggregateidentifier)
                  || int8send(sequencenumber)
                  || casebook_text_field(type)
                  || casebook_text_field(eventidentifier)
                  || casebook_text_field(payloadtype)
                  || casebook_text_field(payloadrevision)
                  || casebook_text_field(event_timestamp)
                  || casebook_hash_field(sha256(payload))
                  || casebook_hash_field(CASE WHEN metadata IS NULL THEN NULL ELSE sha256(metadata) END))
$$;

ALTER TABLE domainevententry ADD COLUMN hash BYTEA;

CREATE FUNCTION casebook_chain_event() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    previous BYTEA;
BEGIN
    IF NEW.sequencenumber = 0 THEN
        previous := decode(repeat('00', 32), 'hex');
    ELSE
        SELECT e.hash INTO previous FROM domainevententry e
        WHERE e.aggregateidentifier = NEW.aggregateidentifier AND e.sequencenumber = NEW.sequencenumber - 1;
        IF previous IS NULL THEN
            RAISE EXCEPTION 'event % of % has no predecessor to chain to', NEW.sequencenumber, NEW.aggregateidentifier;
        END IF;
    END IF;
    NEW.hash := casebook_event_hash(previous, NEW.globalindex, NEW.aggregateidentifier, NEW.sequencenumber,
                                    NEW.type, NEW.eventidentifier, NEW.payloadtype, NEW.payloadrevision,
                                    NEW.timestamp, NEW.payload, NEW.metadata);
    RETURN NEW;
END
$$;

-- events stored before the chain existed are chained now, case by case in sequence
DO
$$
    DECLARE
        e         RECORD;
        previous  BYTEA;
        aggregate TEXT;
    BEGIN
        FOR e IN SELECT * FROM domainevententry ORDER BY aggregateidentifier, sequencenumber
            LOOP
                IF aggregate IS DISTINCT FROM e.aggregateidentifier THEN
                    previous := decode(repeat('00', 32), 'hex');
                    aggregate := e.aggregateidentifier;
                END IF;
                previous := casebook_event_hash(previous, e.globalindex, e.aggregateidentifier, e.sequencenumber,
                                                e.type, e.eventidentifier, e.payloadtype, e.payloadrevision,
                                                e.timestamp, e.payload, e.metadata);
                UPDATE domainevententry SET hash = previous WHERE globalindex = e.globalindex;
            END LOOP;
    END
$$;

ALTER TABLE domainevententry ALTER COLUMN hash SET NOT NULL;

CREATE TRIGGER chain_event
    BEFORE INSERT ON domainevententry
    FOR EACH ROW EXECUTE FUNCTION casebook_chain_event();

-- The signed digests of the chain, as written to the digest directory: block n covers the events
-- with a global index in (from_index, to_index] and names the newest event of every case it touched.
CREATE TABLE audit_digest (
    block          BIGINT      NOT NULL PRIMARY KEY,
    from_index     BIGINT      NOT NULL,
    to_index       BIGINT      NOT NULL,
    event_count    BIGINT      NOT NULL,
    case_count     INTEGER     NOT NULL,
    previous_hash  BYTEA       NOT NULL,
    block_hash     BYTEA       NOT NULL,
    sealed_at      TIMESTAMPTZ NOT NULL,
    document       TEXT        NOT NULL,
    CHECK (to_index > from_index)
);

-- The head of the chain up to which every event is final: no transaction that could still add an
-- event with a lower global index is running. The SHARE lock waits for running inserts and holds
-- new ones back for the moment of the query; it runs as the table's owner, because the
-- application's role may only read and insert.
CREATE FUNCTION casebook_sealable_head() RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
BEGIN
    LOCK TABLE domainevententry IN SHARE MODE;
    RETURN coalesce((SELECT max(globalindex) FROM domainevententry), 0);
END
$$;

-- Verification runs, their progress and what they found (kept, so that an auditor can show them).
CREATE TABLE audit_verification (
    id              UUID        NOT NULL PRIMARY KEY,
    requested_by    TEXT        NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    status          TEXT        NOT NULL,
    events_checked  BIGINT      NOT NULL DEFAULT 0,
    total           BIGINT      NOT NULL DEFAULT 0,
    digests_checked INTEGER     NOT NULL DEFAULT 0,
    breaks          TEXT        NOT NULL DEFAULT '[]'
);
