-- The chain's hash as one expression of built-in functions: PL/pgSQL evaluates it on its fast path,
-- where the nested SQL functions of V9 each started an executor per insert (measured: steps 0.82x of
-- the same steps without hashing; docs/benchmark.md). Same bytes, same hash (AuditTrailIT).
CREATE OR REPLACE FUNCTION casebook_chain_event() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    previous BYTEA;
    payload_hash BYTEA := sha256(NEW.payload);
    metadata_hash BYTEA := CASE WHEN NEW.metadata IS NULL THEN NULL ELSE sha256(NEW.metadata) END;
BEGIN
    IF NEW.sequencenumber = 0 THEN
        previous := '\x0000000000000000000000000000000000000000000000000000000000000000'::BYTEA;
    ELSE
        SELECT e.hash INTO previous FROM domainevententry e
        WHERE e.aggregateidentifier = NEW.aggregateidentifier AND e.sequencenumber = NEW.sequencenumber - 1;
        IF previous IS NULL THEN
            RAISE EXCEPTION 'event % of % has no predecessor to chain to', NEW.sequencenumber, NEW.aggregateidentifier;
        END IF;
    END IF;
    NEW.hash := sha256(previous
        || int8send(NEW.globalindex)
        || coalesce(int4send(length(convert_to(NEW.aggregateidentifier, 'UTF8'))) || convert_to(NEW.aggregateidentifier, 'UTF8'), '\xffffffff'::BYTEA)
        || int8send(NEW.sequencenumber)
        || coalesce(int4send(length(convert_to(NEW.type, 'UTF8'))) || convert_to(NEW.type, 'UTF8'), '\xffffffff'::BYTEA)
        || coalesce(int4send(length(convert_to(NEW.eventidentifier, 'UTF8'))) || convert_to(NEW.eventidentifier, 'UTF8'), '\xffffffff'::BYTEA)
        || coalesce(int4send(length(convert_to(NEW.payloadtype, 'UTF8'))) || convert_to(NEW.payloadtype, 'UTF8'), '\xffffffff'::BYTEA)
        || coalesce(int4send(length(convert_to(NEW.payloadrevision, 'UTF8'))) || convert_to(NEW.payloadrevision, 'UTF8'), '\xffffffff'::BYTEA)
        || coalesce(int4send(length(convert_to(NEW.timestamp, 'UTF8'))) || convert_to(NEW.timestamp, 'UTF8'), '\xffffffff'::BYTEA)
        || int4send(32) || payload_hash
        || coalesce(int4send(32) || metadata_hash, '\xffffffff'::BYTEA));
    RETURN NEW;
END
$$;
